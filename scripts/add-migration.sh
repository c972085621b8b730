#!/usr/bin/env bash
# Adds the same named migration for both databases (SQLite and PostgreSQL), always together, and
# regenerates the compiled models the app starts with (scripts/compile-models.sh).
# Usage: scripts/add-migration.sh AddRecipeServings
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Limber.Web -nologo -v q
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Limber.Web \
    --context "${provider}AppDbContext" --output-dir "Infrastructure/Data/Migrations/$provider"
done
"$(dirname "$0")/compile-models.sh"
echo "Added $name for SQLite and PostgreSQL and regenerated the compiled models. Review both, then run ./test.sh."
