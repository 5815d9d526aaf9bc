#!/usr/bin/env bash
# Formats the sources with the toolchain's own swift-format (--fix), or checks them (default).
# The rules in .swift-format include NeverForceUnwrap, NeverUseForceTry and
# NeverUseImplicitlyUnwrappedOptionals: no crash that input can reach.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests Fuzz)
if [[ "${1:-}" == "--fix" ]]; then
    swift format format --in-place --recursive "${paths[@]}"
fi
swift format lint --strict --recursive "${paths[@]}"
