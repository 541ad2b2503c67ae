// swift-tools-version:6.0
import Foundation
import PackageDescription

/// libFuzzer targets for CoachLens, kept apart so the main package's `swift build` and `swift test` never see them.
/// Build and run with `smoke.sh`: every module, the root package's and libyaml's included, is compiled with
/// `-sanitize=fuzzer,address`. Each target's `main.swift` hands its `LLVMFuzzerTestOneInput` to libFuzzer's driver.

/// The root package's identity is the name of its folder, whatever the checkout is called.
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "CoachLensFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzTokenizer",
            dependencies: [
                .product(name: "CoachLensKit", package: rootPackage),
                .product(name: "CoachLensPipeline", package: rootPackage),
                "FuzzDriver",
            ]),
        .executableTarget(
            name: "FuzzTextDecoder",
            dependencies: [.product(name: "CoachLensPipeline", package: rootPackage), "FuzzDriver"]),
        .executableTarget(
            name: "FuzzRulePack",
            dependencies: [.product(name: "CoachLensKit", package: rootPackage), "FuzzDriver"]),
    ],
    swiftLanguageModes: [.v6]
)
