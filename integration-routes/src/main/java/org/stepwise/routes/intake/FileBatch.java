package org.stepwise.routes.intake;

import java.util.List;

/**
 * One batch of a house's file as read: its rows, the lines read with them that could not be used
 * (reported when the batch goes out, so the reject report stays in line order), and the request for
 * case-service made of the rows.
 */
record FileBatch(List<CsvLine> rows, List<RowReject> unreadable, String request) {}
