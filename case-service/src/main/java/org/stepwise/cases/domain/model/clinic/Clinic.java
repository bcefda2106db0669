package org.stepwise.cases.domain.model.clinic;

import java.util.List;
import org.stepwise.cases.domain.shared.Provenance;

/**
 * A referring clinic: who it is, how summaries reach it and how often. The channel's secret (client
 * secret or SFTP password) is not part of it: the routes hold it under the clinic's code.
 */
public record Clinic(
    Long id,
    String code,
    String name,
    String npi,
    DeliveryChannel channel,
    String endpoint,
    ChannelAuth auth,
    String tokenUrl,
    String authClient,
    Cadence cadence,
    List<Clinician> clinicians,
    Provenance provenance) {

  public Clinic withId(long newId) {
    return new Clinic(
        newId,
        code,
        name,
        npi,
        channel,
        endpoint,
        auth,
        tokenUrl,
        authClient,
        cadence,
        clinicians,
        provenance);
  }

  public Clinic withClinicians(List<Clinician> list) {
    return new Clinic(
        id,
        code,
        name,
        npi,
        channel,
        endpoint,
        auth,
        tokenUrl,
        authClient,
        cadence,
        list,
        provenance);
  }
}
