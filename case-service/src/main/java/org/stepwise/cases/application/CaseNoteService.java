package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.note.CaseNote;
import org.stepwise.cases.domain.model.note.CaseNoteRepository;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;

/** Case notes: written once, corrected by new notes. */
@ApplicationScoped
@Transactional
public class CaseNoteService {

  @Inject private ClientAccess access;
  @Inject private CaseNoteRepository notes;

  @Audited(action = AuditAction.READ, record = "case-note")
  public List<CaseNote> notesOf(@ClientId long clientId) {
    access.chart(clientId);
    return notes.of(clientId);
  }

  @Audited(action = AuditAction.CREATE, record = "case-note")
  public CaseNote write(@ClientId long clientId, String body) {
    access.chart(clientId);
    CaseNote note = new CaseNote(clientId, body);
    notes.add(note);
    return note;
  }

  @Audited(action = AuditAction.CREATE, record = "case-note")
  public CaseNote correct(@ClientId long clientId, long correctedId, String body, String reason) {
    access.chart(clientId);
    CaseNote corrected =
        notes.find(clientId, correctedId).orElseThrow(() -> new NotFound("case note", correctedId));
    CaseNote correction = new CaseNote(corrected, body, reason);
    notes.add(correction);
    return correction;
  }
}
