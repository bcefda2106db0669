package org.stepwise.cases.domain.model.note;

import java.util.List;
import java.util.Optional;

/** Where case notes are kept. */
public interface CaseNoteRepository {

  Optional<CaseNote> find(long clientId, long noteId);

  List<CaseNote> of(long clientId);

  void add(CaseNote note);
}
