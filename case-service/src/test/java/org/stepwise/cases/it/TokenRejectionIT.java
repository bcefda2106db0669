package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Acceptance 2 of the least-privilege issue: no token, an expired token, a token from another
 * issuer, with the wrong audience, with a bad signature, with {@code alg: none}, and one signed
 * HS256 with the realm's public key as the secret all get 401, and no body leaks data.
 */
class TokenRejectionIT {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final Fixtures f = new Fixtures();
  private final KeycloakAdmin admin = new KeycloakAdmin(f.platform);

  @Test
  void everyForgedOrInvalidTokenGets401AndNoData() throws Exception {
    String family = Fixtures.unique("Secret");
    long client = f.client(family);
    String path = "/api/v1/clients/" + client;
    String valid = f.token(DemoUser.CM_RIVERA);
    expect(200, f.api.get(path, valid));

    admin.ensureTestClient("test-short-lived", true, 1);
    admin.ensureTestClient("test-no-audience", false, null);
    String shortLived =
        admin.tokenFrom("test-short-lived", "cm.rivera", DemoUser.CM_RIVERA.password());
    String noAudience =
        admin.tokenFrom("test-no-audience", "cm.rivera", DemoUser.CM_RIVERA.password());
    Thread.sleep(2500); // the short-lived token expires

    String[] parts = valid.split("\\.");
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("no token", null);
    tokens.put("garbage", "not-a-jwt");
    tokens.put("expired", shortLived);
    tokens.put("another issuer (master realm)", admin.masterRealmToken());
    tokens.put("wrong audience", noAudience);
    tokens.put("bad signature", parts[0] + "." + parts[1] + "." + tamper(parts[2]));
    tokens.put(
        "changed claims, old signature",
        parts[0]
            + "."
            + withClaim(parts[1], "preferred_username", "admin.okafor")
            + "."
            + parts[2]);
    tokens.put("alg none", header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    tokens.put(
        "alg none, signature kept",
        header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2]);
    RSAPublicKey realmKey = realmPublicKey(kid(parts[0]));
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(realmKey.getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    tokens.put("HS256 with the public key (DER) as secret", hs256(parts[1], realmKey.getEncoded()));
    tokens.put(
        "HS256 with the public key (PEM) as secret",
        hs256(parts[1], pem.getBytes(StandardCharsets.US_ASCII)));

    for (var entry : tokens.entrySet()) {
      ApiClient.Response response = f.api.get(path, entry.getValue());
      assertEquals(401, response.status(), entry.getKey() + ": " + response.body());
      assertFalse(response.body().contains(family), entry.getKey() + " leaked the record");
      assertFalse(response.body().contains("Exception"), entry.getKey() + " leaked a stack trace");
      assertTrue(
          response.contentType() == null
              || response.contentType().startsWith("application/problem+json"),
          entry.getKey() + ": " + response.contentType());
    }
    expect(200, f.api.get(path, valid));
  }

  private static String tamper(String signature) {
    char[] c = signature.toCharArray();
    c[10] = c[10] == 'A' ? 'B' : 'A';
    return new String(c);
  }

  private static String header(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String withClaim(String payload, String claim, String value) {
    JsonObject claims =
        Json.createReader(
                new java.io.StringReader(new String(B64D.decode(payload), StandardCharsets.UTF_8)))
            .readObject();
    return B64.encodeToString(
        Json.createObjectBuilder(claims)
            .add(claim, value)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String hs256(String payload, byte[] secret) throws Exception {
    String signingInput = header("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return signingInput
        + "."
        + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String kid(String header) {
    return Json.createReader(
            new java.io.StringReader(new String(B64D.decode(header), StandardCharsets.UTF_8)))
        .readObject()
        .getString("kid");
  }

  private RSAPublicKey realmPublicKey(String kid) throws Exception {
    ApiClient jwks = new ApiClient(f.platform.issuer());
    for (JsonObject key :
        jwks.get("/protocol/openid-connect/certs", null)
            .object()
            .getJsonArray("keys")
            .getValuesAs(JsonObject.class)) {
      if (kid.equals(key.getString("kid"))) {
        return (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(
                        new BigInteger(1, B64D.decode(key.getString("n"))),
                        new BigInteger(1, B64D.decode(key.getString("e")))));
      }
    }
    throw new IllegalStateException("no key " + kid);
  }
}
