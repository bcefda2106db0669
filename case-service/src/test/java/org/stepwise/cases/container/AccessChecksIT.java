package org.stepwise.cases.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.cases.application.ClientAccess;
import org.stepwise.cases.application.HouseAccess;
import org.stepwise.cases.application.StaffService;
import org.stepwise.cases.domain.model.client.CaseManager;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientRepository;
import org.stepwise.cases.domain.model.client.PersonalDetails;
import org.stepwise.cases.domain.model.client.Referral;
import org.stepwise.cases.domain.model.house.Address;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.domain.shared.NotFound;

/**
 * The access checks' CDI wiring, in the container: {@link ClientAccess} and {@link HouseAccess}
 * decide on the caller that MP-JWT made from a real Keycloak token ({@code CurrentUser}, request
 * scoped) and on records read through the JPA repositories. A probe resource answers each check's
 * decision; the records are stored first, in the container. What only the test's side has (tokens,
 * the database's address) is in {@link AccessCalls}, outside the deployment.
 */
@ExtendWith(ContainerDatabase.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessChecksIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.persistence("access-it", AccessChecksIT.class, Probe.class)
        .addClasses(ClientAccess.class, HouseAccess.class, StaffService.class);
  }

  /** Answers what an access check decided: 200 and the record, or 404 and why. */
  @Path("access")
  @RequestScoped
  public static class Probe {

    @Inject private ClientAccess clients;
    @Inject private HouseAccess houses;

    @GET
    @Path("clients/{id}")
    public Response chart(@PathParam("id") long id) {
      try {
        return Response.ok(clients.chart(id).person().familyName()).build();
      } catch (NotFound e) {
        return Response.status(404).entity(e.getClass().getSimpleName()).build();
      }
    }

    @GET
    @Path("houses/{code}")
    public Response reporting(@PathParam("code") String code) {
      try {
        return Response.ok(houses.reporting(code).code()).build();
      } catch (NotFound e) {
        return Response.status(404).entity(e.getClass().getSimpleName()).build();
      }
    }
  }

  @Inject private ClientRepository clientRepository;
  @Inject private HouseRepository houseRepository;
  @jakarta.annotation.Resource private UserTransaction tx;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void storeTheRecords() throws Exception {
    LocalDate today = LocalDate.now();
    tx.begin();
    // the demo realm's fixed user ids (DemoUser.subject()): the tokens' subjects
    for (CaseManager caseManager :
        new CaseManager[] {
          new CaseManager("0b6f3c4e-1c1a-4d0e-9a11-000000000001", "cm.rivera"),
          new CaseManager("0b6f3c4e-1c1a-4d0e-9a11-000000000006", "cm.patel")
        }) {
      clientRepository.add(
          new Client(
              new PersonalDetails(
                  "Access", caseManager.username(), LocalDate.of(1990, 1, 1), null, null),
              today.minusDays(30),
              caseManager,
              new Referral("RIVERSIDE", "dr.chen"),
              today));
    }
    houseRepository.add(new House("MAPLE", "Maple", address(), 2, 10, ReportingChannel.SFTP));
    houseRepository.add(new House("CEDAR", "Cedar", address(), 2, 10, ReportingChannel.MANUAL));
    tx.commit();
  }

  @Test
  @Order(2)
  @RunAsClient
  void aCaseManagerOpensOnlyHerCaseload() throws Exception {
    String rivera = AccessCalls.token("CM_RIVERA");
    assertEquals("200 cm.rivera", get("clients/" + AccessCalls.clientOf("cm.rivera"), rivera));
    assertEquals("404 OutOfScope", get("clients/" + AccessCalls.clientOf("cm.patel"), rivera));
    assertEquals("404 NotFound", get("clients/999999", rivera));
    String admin = AccessCalls.token("ADMIN_OKAFOR");
    assertEquals("200 cm.patel", get("clients/" + AccessCalls.clientOf("cm.patel"), admin));
    assertEquals(
        "404 OutOfScope",
        get("clients/" + AccessCalls.clientOf("cm.rivera"), AccessCalls.token("HM_JORDAN")));
    assertEquals("404 OutOfScope", get("clients/" + AccessCalls.clientOf("cm.rivera"), null));
  }

  @Test
  @Order(3)
  @RunAsClient
  void aHouseIsReportedForByItsManagersAndByTheRoutesForHousesTheyServe() throws Exception {
    assertEquals("200 MAPLE", get("houses/MAPLE", AccessCalls.token("HM_JORDAN")));
    assertEquals("404 OutOfScope", get("houses/CEDAR", AccessCalls.token("HM_JORDAN")));
    String routes = AccessCalls.routesToken();
    assertEquals("200 MAPLE", get("houses/MAPLE", routes));
    assertEquals("404 OutOfScope", get("houses/CEDAR", routes), "a MANUAL house");
    assertEquals("404 OutOfScope", get("houses/MAPLE", AccessCalls.token("CM_RIVERA")));
  }

  private static Address address() {
    return new Address("1 Main St", "Springfield", "IL", "62701");
  }

  private String get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/access/" + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request.build(), HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() + " " + answer.body();
  }
}
