package org.clipfacts.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Columns of plain text: the leading (and any trailing) text columns aligned left, the numbers between them aligned right. */
public final class TextTable {
    private final int textColumns;
    private final int trailingTextColumns;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(int textColumns, List<String> header) {
        this(textColumns, 0, header);
    }

    /** With {@code trailingTextColumns} more text columns, aligned left, after the numbers. */
    public TextTable(int textColumns, int trailingTextColumns, List<String> header) {
        this.textColumns = textColumns;
        this.trailingTextColumns = trailingTextColumns;
        rows.add(header);
    }

    public void add(List<String> row) {
        rows.add(row);
    }

    public void print(PrintStream out) {
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
                boolean text = c < textColumns || c >= columns - trailingTextColumns;
                line.append(c == 0 ? "" : "  ").append(text ? row.get(c) + padding : padding + row.get(c));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
