# Sourced by the scripts: sets JAVA (a java >= 25) and JAVA_HOME, or explains what is missing and exits.
jresty_java_major() { # prints the major version of the java binary $1
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -n 1
}
jresty_find_java() {
  local cand home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(jresty_java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      JAVA_HOME=$home; JAVA=$home/bin/java; export JAVA_HOME; return 0
    fi
  done
  cand=$(command -v java || true)
  if [ -n "$cand" ]; then
    major=$(jresty_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge 25 ] && command -v javac >/dev/null; then
      JAVA=$cand; JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$cand")")"); export JAVA_HOME; return 0
    fi
  fi
  echo "jresty: needs a JDK 25 or newer, and found none." >&2
  echo "  looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/*, /usr/local/lib/jvm/*, /opt/java/*, and java on PATH" >&2
  echo "  install one (e.g. Temurin 25) and/or set JAVA_HOME to it." >&2
  exit 127
}
jresty_find_java
