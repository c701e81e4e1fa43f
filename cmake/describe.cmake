# ck_describe(SOURCE FALLBACK RELEASE_VAR COMMIT_VAR): what this source tree is, from git.
# RELEASE_VAR — the newest release tag "vX.Y.Z" reachable from HEAD without its "v" (plus
# "+<commits since>" when HEAD is past it), else FALLBACK (the project version);
# COMMIT_VAR — the commit, "+dirty" when the work tree has changes, "unknown" outside git.
# Used at build time for `congkhai --version` (version.cmake) and at configure time for
# the package version (packaging.cmake), so the two always agree.
function(ck_describe source fallback release_var commit_var)
  execute_process(COMMAND git describe --tags --match "v[0-9]*" --long
                  WORKING_DIRECTORY ${source} OUTPUT_VARIABLE described RESULT_VARIABLE described_rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  set(release ${fallback})
  if(described_rc EQUAL 0 AND described MATCHES "^v([0-9][^-]*)-([0-9]+)-g[0-9a-f]+$")
    set(release ${CMAKE_MATCH_1})
    if(NOT CMAKE_MATCH_2 EQUAL 0)
      set(release "${release}+${CMAKE_MATCH_2}")
    endif()
  endif()
  execute_process(COMMAND git rev-parse --short=12 HEAD WORKING_DIRECTORY ${source}
                  OUTPUT_VARIABLE commit RESULT_VARIABLE commit_rc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT commit_rc EQUAL 0)
    set(commit "unknown")
  else()
    execute_process(COMMAND git status --porcelain --untracked-files=no WORKING_DIRECTORY ${source}
                    OUTPUT_VARIABLE changes OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT changes STREQUAL "")
      set(commit "${commit}+dirty")
    endif()
  endif()
  set(${release_var} ${release} PARENT_SCOPE)
  set(${commit_var} ${commit} PARENT_SCOPE)
endfunction()
