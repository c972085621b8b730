#!/usr/bin/env bash
# Regenerates the compiled EF Core models (Infrastructure/Data/CompiledModels) for both databases.
# The app starts with them instead of building its model (about half a second of start-up);
# a unit test fails when they no longer match the code. scripts/add-migration.sh runs this too.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Limber.Web -nologo -v q
for provider in Sqlite Postgres; do
  rm -rf "src/Limber.Web/Infrastructure/Data/CompiledModels/$provider"
  dotnet ef dbcontext optimize --no-build --project src/Limber.Web --context "${provider}AppDbContext" \
    --output-dir "Infrastructure/Data/CompiledModels/$provider" --namespace "Limber.Infrastructure.Data.CompiledModels.$provider" >/dev/null
done
echo "Compiled models regenerated for SQLite and PostgreSQL."
