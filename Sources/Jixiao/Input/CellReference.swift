/// Spreadsheet cell names: column letters `A`…`Z`, `AA`…, and `A1`-style references, 0-based in,
/// 1-based out, as Excel and WPS show them.
enum CellReference {
    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func column(_ index: Int) -> String {
        var bytes: [UInt8] = []
        appendColumn(index, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `A1`-style reference of a 0-based row and column.
    static func cell(row: Int, column: Int) -> String {
        var bytes: [UInt8] = []
        append(row: row, column: column, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendColumn(_ index: Int, to bytes: inout [UInt8]) {
        var letters: [UInt8] = []
        var n = index + 1
        while n > 0 {
            letters.append(UInt8(65 + (n - 1) % 26))
            n = (n - 1) / 26
        }
        bytes.append(contentsOf: letters.reversed())
    }

    static func append(row: Int, column: Int, to bytes: inout [UInt8]) {
        appendColumn(column, to: &bytes)
        bytes.append(contentsOf: String(row + 1).utf8)
    }

    /// `B12` → 1 (the column of a reference), or nil without 1–3 capital letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : index - 1
    }
}
