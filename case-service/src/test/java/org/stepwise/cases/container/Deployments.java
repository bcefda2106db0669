package org.stepwise.cases.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Micro-deployments of case-service: only the packages a test needs, the real persistence unit,
 * orm.xml and Flyway migrations, and the libraries of the built WAR (the same versions it ships).
 */
final class Deployments {

  private static final Path BUILT = Path.of("target/case-service/WEB-INF/lib");

  private Deployments() {}

  /** {@link #persistence} and the audit trail with its interceptor (and the counter it feeds). */
  static WebArchive audit(String name, Class<?>... tests) {
    return persistence(name, tests)
        .addPackage("org.stepwise.cases.infrastructure.audit")
        .addPackage("org.stepwise.cases.infrastructure.metrics");
  }

  /** The domain, the persistence adapters and what they inject, over the Flyway schema. */
  static WebArchive persistence(String name, Class<?>... tests) {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, "org.stepwise.cases.domain")
            .addPackages(true, "org.stepwise.cases.infrastructure.persistence")
            .addPackage("org.stepwise.cases.infrastructure.time")
            .addClass(org.stepwise.cases.infrastructure.security.CurrentUser.class)
            // MP-JWT is switched on by the application's @LoginConfig: CurrentUser reads the token
            .addClass(org.stepwise.cases.interfaces.rest.RestApplication.class)
            .addClass(org.stepwise.cases.interfaces.rest.OpenApiCleanup.class)
            .addClass(ContainerDatabase.class)
            .addClasses(tests)
            .addAsResource("META-INF/persistence.xml")
            .addAsResource("META-INF/orm.xml")
            .addAsResource("META-INF/microprofile-config.properties")
            // the WAR's own beans.xml: discovery "all", which Payara needs for @LoginConfig
            .addAsWebInfResource(
                new java.io.File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      migrations.forEach(m -> war.addAsResource(m.toFile(), "db/migration/" + m.getFileName()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> libs = Files.list(BUILT)) {
      libs.filter(
              l -> l.getFileName().toString().matches("(flyway|postgresql|jackson|gson).*\\.jar"))
          .forEach(l -> war.addAsLibrary(l.toFile()));
    } catch (IOException e) {
      throw new IllegalStateException("build the WAR first (mvn package): " + BUILT, e);
    }
    return war;
  }
}
