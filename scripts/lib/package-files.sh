# Sourced by check-deb.sh and check-install.sh: the files `cmake --install` installs (cmake/packaging.cmake),
# relative to the prefix, sorted. Nothing else may be installed: the schemas and the default theme are
# compiled into the binary.
package_files() {
  printf '%s\n' bin/congkhai share/doc/congkhai/LICENSE share/doc/congkhai/NOTICE share/doc/congkhai/README.md \
    share/doc/congkhai/copyright share/doc/congkhai/licences.md | sort
}
