// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .library(name: "Jixiao", targets: ["Jixiao"]),
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    targets: [
        .target(name: "Jixiao"),
        .executableTarget(name: "jixiao", dependencies: ["Jixiao"]),
        .testTarget(
            name: "JixiaoTests",
            dependencies: ["Jixiao", "jixiao"]
        ),
    ]
)
