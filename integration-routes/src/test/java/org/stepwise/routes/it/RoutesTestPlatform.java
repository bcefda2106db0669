package org.stepwise.routes.it;

import java.nio.file.Path;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.LocalPlatform;
import org.stepwise.platform.PlatformSettings;
import org.stepwise.platform.Tokens;

/** The real case-service, Keycloak and PostgreSQL for the routes' tests, started once per run. */
public final class RoutesTestPlatform {

  private static RoutesTestPlatform instance;
  private static IllegalStateException failure;

  final LocalPlatform platform;
  final ApiClient api;
  final Tokens tokens;

  private RoutesTestPlatform(LocalPlatform platform) {
    this.platform = platform;
    this.api = new ApiClient(platform.serviceUrl());
    this.tokens = new Tokens(platform.issuer());
  }

  static synchronized RoutesTestPlatform get() {
    if (failure != null) {
      throw failure;
    }
    if (instance == null) {
      try {
        LocalPlatform started =
            LocalPlatform.start(
                PlatformSettings.forTests(Path.of("target/it-platform").toAbsolutePath()),
                Path.of(System.getProperty("stepwise.war")));
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (Exception e) {
                        System.err.println("stopping the test platform: " + e);
                      }
                    }));
        instance = new RoutesTestPlatform(started);
      } catch (Exception e) {
        failure = new IllegalStateException("the test platform did not start", e);
        throw failure;
      }
    }
    return instance;
  }

  String token(DemoUser user) {
    return tokens.accessToken(user);
  }

  String tokenUrl() {
    return platform.issuer() + "/protocol/openid-connect/token";
  }
}
