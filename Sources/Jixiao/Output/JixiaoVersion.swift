/// The version `jixiao --version` prints.
public enum JixiaoVersion {
    public static let current = "0.10.0"
}
