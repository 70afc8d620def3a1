// swift-tools-version:5.4
// Tools version 5.4 on purpose: from 5.5 SwiftPM renames an executable's `main` to
// `<Target>_main` (for testable executables) and links `--defsym main=<Target>_main`, which
// `-parse-as-library` never emits, so libFuzzer's own `main` cannot link
// (swiftlang/swift-package-manager#8731, #4522). 5.4 manifests build plain executables.
import PackageDescription

// Fuzz targets for every parser of tagbench, one executable each (libFuzzer entry point
// `LLVMFuzzerTestOneInput`). A separate package so `make test` never builds them; build and
// run them with `scripts/fuzz` (see RELIABILITY.md).
let package = Package(
    name: "tagbench-fuzz",
    dependencies: [
        .package(name: "tagbench", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "TagbenchTraining", package: "tagbench")]),
        .executableTarget(name: "FuzzCoNLLU", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzTwoColumn", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzGloVe", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzSafetensors", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzConfig", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzSearchSpace", dependencies: ["FuzzSupport"]),
    ]
)
