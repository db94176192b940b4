package org.clipfacts.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Columns of plain text: the leading text columns aligned left, the numbers after them aligned right. */
final class TextTable {
    private final int textColumns;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(int textColumns, List<String> header) {
        this.textColumns = textColumns;
        rows.add(header);
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintStream out) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String padding = " ".repeat(widths[c] - row.get(c).length());
                line.append(c == 0 ? "" : "  ").append(c < textColumns ? row.get(c) + padding : padding + row.get(c));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
