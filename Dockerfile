# The congkhai image: the Debian package, installed on debian:12-slim.
#
#   docker build -t congkhai .
#   docker run --rm -v "$PWD:/src" -w /src congkhai build --out site     (a commune's content repository)
#
# Stage 1 builds the package exactly as a developer does (scripts/install-deps.sh, scripts/make-deb.sh:
# Release build, cpack). The build context includes .git: the package's version and `congkhai --version`
# come from the newest vX.Y.Z tag. Stage 2 installs only that package (its Depends are the runtime
# libraries), git (CI checkouts inside the container need it), CA certificates, and Tesseract with its
# Vietnamese model (the package only recommends it): a scanned PDF a clerk uploads into ke-hoach/ is
# imported by the repository's CI in this image (scaffold/kho/ci/nhap-tep-tai-len.sh).
# scripts/test-image.sh builds and runs it; .github/workflows/release.yml publishes it on every tag.
FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN scripts/make-deb.sh /dist

FROM debian:12-slim
COPY --from=build /dist/ /tmp/dist/
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends /tmp/dist/congkhai_*.deb git ca-certificates \
    tesseract-ocr tesseract-ocr-vie \
 && rm -rf /var/lib/apt/lists/* /tmp/dist \
 # A checkout mounted from the host belongs to another user, and libgit2 refuses to read history from
 # such a repository unless its path is listed as safe (libgit2 1.5 ignores the '*' wildcard git allows).
 # /src is where the image expects it; mounted elsewhere, add that path the same way.
 && git config --system --add safe.directory /src \
 && useradd --create-home --uid 1000 --shell /usr/sbin/nologin congkhai
# Not root. On a CI host whose workspace belongs to another user (GitHub's `container:` jobs), run the
# image with `--user root` or give the workspace to uid 1000.
USER congkhai
WORKDIR /src
ENTRYPOINT ["congkhai"]
CMD ["--help"]
