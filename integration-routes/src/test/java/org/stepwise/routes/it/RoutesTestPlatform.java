package org.stepwise.routes.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.LocalPlatform;
import org.stepwise.platform.SharedTestPlatform;
import org.stepwise.platform.Tokens;

/** The real case-service, Keycloak and PostgreSQL for the routes' tests, started once per run. */
public final class RoutesTestPlatform {

  private static RoutesTestPlatform instance;

  final LocalPlatform platform;
  final ApiClient api;
  final Tokens tokens;

  private RoutesTestPlatform(LocalPlatform platform) {
    this.platform = platform;
    this.api = new ApiClient(platform.serviceUrl());
    this.tokens = new Tokens(platform.issuer());
  }

  static synchronized RoutesTestPlatform get() {
    if (instance == null) {
      instance = new RoutesTestPlatform(SharedTestPlatform.get());
    }
    return instance;
  }

  String token(DemoUser user) {
    return tokens.accessToken(user);
  }

  String tokenUrl() {
    return platform.issuer() + "/protocol/openid-connect/token";
  }

  /** The routes' settings for house MAPLE reporting through a local drop, against this platform. */
  Map<String, String> fileDrop(Path drop) {
    Map<String, String> properties = new HashMap<>();
    properties.put("stepwise.case-service.url", platform.serviceUrl());
    properties.put("stepwise.keycloak.token-url", tokenUrl());
    properties.put("stepwise.intake.houses", "MAPLE");
    properties.put("stepwise.intake.MAPLE.channel", "FILE_DROP");
    properties.put("stepwise.intake.MAPLE.endpoint", "file:" + drop);
    properties.put("stepwise.intake.MAPLE.delay", "300");
    return properties;
  }
}
