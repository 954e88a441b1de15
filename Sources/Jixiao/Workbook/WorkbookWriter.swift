import Foundation

/// Writes worksheets as an XLSX file (Office Open XML SpreadsheetML): inline strings, numbers as
/// numbers, a fixed style table (borders, bold headers, wrapped text, `0.00` and `0.00%`), merged
/// cells, column widths. Parts are written in a fixed order with fixed timestamps, so the same
/// sheets give the same bytes. Sheets are written and deflated on all cores, at DEFLATE level 1:
/// several times faster than zlib's default 6 for a file some 15 % larger.
enum WorkbookWriter {
    static let level: Int32 = 1

    /// `title` and `subject` go into the document properties (文件 → 属性) with jixiao as the
    /// author; no date is written, so that the same inputs give the same bytes.
    static func xlsx(_ sheets: [Worksheet], title: String = "", subject: String = "") -> Data {
        var zip = ZipWriter(level: level)
        zip.add("[Content_Types].xml", text: contentTypes(count: sheets.count))
        zip.add("_rels/.rels", text: rootRelationships)
        zip.add("docProps/app.xml", text: appProperties)
        zip.add("docProps/core.xml", text: coreProperties(title: title, subject: subject))
        zip.add("xl/workbook.xml", text: workbook(sheets))
        zip.add("xl/_rels/workbook.xml.rels", text: workbookRelationships(count: sheets.count))
        zip.add("xl/styles.xml", text: styles)
        let parts = ChunkResults<ZipWriter.Prepared>(count: sheets.count)
        DispatchQueue.concurrentPerform(iterations: sheets.count) { index in
            parts[index] = ZipWriter.Prepared("xl/worksheets/sheet\(index + 1).xml", worksheet(sheets[index]), level: level)
        }
        for part in parts.values { zip.add(part) }
        return zip.finish()
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(count: Int) -> String {
        var text = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        text += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        text += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        text += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        text += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        text += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        text += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        for index in 1...max(count, 1) where count > 0 {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return text + "</Types>"
    }

    static let rootRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    static func coreProperties(title: String, subject: String) -> String {
        header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:subject>\(XMLText.escape(subject))</dc:subject>"
            + "<dc:creator>jixiao</dc:creator></cp:coreProperties>"
    }

    static let appProperties = header
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>jixiao</Application></Properties>"

    static func workbook(_ sheets: [Worksheet]) -> String {
        var text = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relNamespace)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            text += "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        text += "</sheets>"
        // Print titles are defined names local to their sheet: 'name'!$12:$12.
        let titled = sheets.enumerated().compactMap { index, sheet in sheet.printTitleRows.map { (index, sheet.name, $0) } }
        if !titled.isEmpty {
            text += "<definedNames>"
            for (index, name, rows) in titled {
                let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
                text += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XMLText.escape("\(quoted)!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)") + "</definedName>"
            }
            text += "</definedNames>"
        }
        return text + "</workbook>"
    }

    static func workbookRelationships(count: Int) -> String {
        var text = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<count {
            text += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relNamespace)/styles\" Target=\"styles.xml\"/>"
        return text + "</Relationships>"
    }

    /// cellXfs in the order of `Worksheet.Style`: fonts 0 normal, 1 bold, 2 bold 14pt, 3 grey;
    /// borders 0 none, 1 thin all round; fills 2 light grey for headers, 3 pale yellow for cells
    /// to fill; number formats 4 `#,##0.00`, 10 `0.00%`, 49 text.
    static let styles: String = {
        let thin = "<left style=\"thin\"><color rgb=\"FF808080\"/></left><right style=\"thin\"><color rgb=\"FF808080\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FF808080\"/></top><bottom style=\"thin\"><color rgb=\"FF808080\"/></bottom><diagonal/>"
        func xf(font: Int, fill: Int = 0, border: Int, format: Int = 0, horizontal: String? = nil, wrap: Bool = false) -> String {
            var text = "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            if format != 0 { text += " applyNumberFormat=\"1\"" }
            if font != 0 { text += " applyFont=\"1\"" }
            if fill != 0 { text += " applyFill=\"1\"" }
            if border != 0 { text += " applyBorder=\"1\"" }
            text += " applyAlignment=\"1\"><alignment vertical=\"center\""
            if let horizontal { text += " horizontal=\"\(horizontal)\"" }
            if wrap { text += " wrapText=\"1\"" }
            return text + "/></xf>"
        }
        let xfs = [
            xf(font: 0, border: 0),                                             // plain
            xf(font: 2, border: 0, horizontal: "center"),                       // title
            xf(font: 1, fill: 2, border: 1, horizontal: "center", wrap: true),  // header
            xf(font: 0, border: 1, wrap: true),                                 // text
            xf(font: 0, border: 1, horizontal: "left", wrap: true),             // wrapped
            xf(font: 0, border: 1, format: 4, horizontal: "right"),             // amount #,##0.00
            xf(font: 0, border: 1, format: 10, horizontal: "right"),            // percent 0.00%
            xf(font: 0, border: 1, horizontal: "center", wrap: true),           // centered
            xf(font: 1, border: 1, horizontal: "center", wrap: true),           // bold
            xf(font: 1, border: 1, format: 4, horizontal: "right"),             // bold amount
            xf(font: 3, border: 0, wrap: true),                                 // note
            xf(font: 0, fill: 3, border: 1, format: 49, horizontal: "left", wrap: true), // input, as text
        ]
        return header + "<styleSheet xmlns=\"\(mainNamespace)\">"
            + "<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            + "<font><sz val=\"10\"/><color rgb=\"FF666666\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF7D6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(xfs.count)\">" + xfs.joined() + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()

    static func worksheet(_ sheet: Worksheet) -> [UInt8] {
        var xml = XMLBuffer(capacity: 1 << 14)
        xml.raw(header)
        xml.raw("<worksheet xmlns=\"")
        xml.raw(mainNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(relNamespace)
        xml.raw(sheet.printScale == nil ? "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "\">")
        xml.raw("<sheetViews><sheetView workbookViewId=\"0\">")
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            // The pane below and right of the frozen rows and columns is the active one.
            let pane = sheet.frozenRows > 0 ? (sheet.frozenColumns > 0 ? "bottomRight" : "bottomLeft") : "topRight"
            xml.raw("<pane")
            if sheet.frozenColumns > 0 { xml.raw(" xSplit=\""); xml.int(sheet.frozenColumns); xml.raw("\"") }
            if sheet.frozenRows > 0 { xml.raw(" ySplit=\""); xml.int(sheet.frozenRows); xml.raw("\"") }
            xml.raw(" topLeftCell=\"")
            xml.reference(row: sheet.frozenRows, column: sheet.frozenColumns)
            xml.raw("\" activePane=\"" + pane + "\" state=\"frozen\"/><selection pane=\"" + pane + "\"/>")
        }
        xml.raw("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if !sheet.columnWidths.isEmpty {
            xml.raw("<cols>")
            for (index, width) in sheet.columnWidths.enumerated() {
                xml.raw("<col min=\"")
                xml.int(index + 1)
                xml.raw("\" max=\"")
                xml.int(index + 1)
                xml.raw("\" width=\"")
                xml.tenths(width)
                xml.raw("\" customWidth=\"1\"/>")
            }
            xml.raw("</cols>")
        }
        xml.raw("<sheetData>")
        for (row, cells) in sheet.rows.enumerated() where cells.contains(where: { $0 != nil }) {
            xml.raw("<row r=\"")
            xml.int(row + 1)
            xml.raw("\"")
            if let height = sheet.rowHeights[row] {
                xml.raw(" ht=\"")
                xml.tenths(height)
                xml.raw("\" customHeight=\"1\"")
            }
            xml.raw(">")
            for (column, cell) in cells.enumerated() {
                guard let cell else { continue }
                xml.raw("<c r=\"")
                xml.reference(row: row, column: column)
                xml.raw("\" s=\"")
                xml.int(cell.style.rawValue)
                switch cell.value {
                case .number(let value):
                    xml.raw("\"><v>")
                    xml.decimal(value)
                    xml.raw("</v></c>")
                case .text(let value) where value.isEmpty:
                    xml.raw("\"/>")
                case .text(let value):
                    xml.raw("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    xml.escaped(value)
                    xml.raw("</t></is></c>")
                case .noted(let value, let note):
                    xml.raw("\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">")
                    xml.escaped(value)
                    xml.raw("</t></r><r><rPr><sz val=\"8\"/><color rgb=\"FF666666\"/><rFont val=\"宋体\"/></rPr><t xml:space=\"preserve\">")
                    xml.escaped(note)
                    xml.raw("</t></r></is></c>")
                }
            }
            xml.raw("</row>")
        }
        xml.raw("</sheetData>")
        if !sheet.merges.isEmpty {
            xml.raw("<mergeCells count=\"")
            xml.int(sheet.merges.count)
            xml.raw("\">")
            for merge in sheet.merges {
                xml.raw("<mergeCell ref=\"")
                xml.reference(row: merge.row, column: merge.column)
                xml.raw(":")
                xml.reference(row: merge.lastRow, column: merge.lastColumn)
                xml.raw("\"/>")
            }
            xml.raw("</mergeCells>")
        }
        xml.raw("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>")
        if let scale = sheet.printScale {
            xml.raw("<pageSetup paperSize=\"9\" scale=\"")
            xml.int(scale)
            xml.raw("\" orientation=\"landscape\"/>")
        } else {
            xml.raw("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        }
        if let footer = sheet.footer {
            xml.raw("<headerFooter><oddFooter>&amp;C")
            xml.escaped(footer)
            xml.raw("</oddFooter></headerFooter>")
        }
        if !sheet.rowBreaks.isEmpty {
            // A break's id is the last row (1-based) of the page before it.
            xml.raw("<rowBreaks count=\"")
            xml.int(sheet.rowBreaks.count)
            xml.raw("\" manualBreakCount=\"")
            xml.int(sheet.rowBreaks.count)
            xml.raw("\">")
            for row in sheet.rowBreaks {
                xml.raw("<brk id=\"")
                xml.int(row)
                xml.raw("\" max=\"16383\" man=\"1\"/>")
            }
            xml.raw("</rowBreaks>")
        }
        xml.raw("</worksheet>")
        return xml.bytes
    }
}
