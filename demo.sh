#!/usr/bin/env bash
# The main job: generates a small demo dataset and runs every stage end to end on the
# embedded DuckDB warehouse in ./demo-workspace (or the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
workspace="${1:-demo-workspace}"
dotnet build schedules/CrmInsights.Host -c Release -v quiet -nologo
dotnet schedules/CrmInsights.Host/bin/Release/net10.0/crm-insights.dll demo --workspace "$workspace"
