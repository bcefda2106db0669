package org.stepwise.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests as {@code kubectl apply -k deploy/kubernetes/overlays/production} would
 * send them: every core object parses into the fabric8 model with no field left over (a misspelt or
 * unknown field fails), the operators' objects have what they need, and every name one object gives
 * another (Secrets, ConfigMaps, Services and their ports, selectors, service accounts, the settings
 * case-service and the routes read) is defined.
 */
class KubernetesManifestsTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path KUBERNETES = REPO.resolve("deploy/kubernetes");

  /** API groups whose kinds the fabric8 model knows: parsed strictly. */
  private static final Set<String> CORE_GROUPS =
      Set.of(
          "v1",
          "apps/v1",
          "policy/v1",
          "autoscaling/v2",
          "networking.k8s.io/v1",
          "rbac.authorization.k8s.io/v1");

  private static final Set<String> OPERATOR_KINDS =
      Set.of(
          "postgresql.cnpg.io/v1/Cluster",
          "postgresql.cnpg.io/v1/ScheduledBackup",
          "k8s.keycloak.org/v2alpha1/Keycloak",
          "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

  private static List<ObjectNode> objects;
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @BeforeAll
  static void build() throws IOException {
    objects = Kustomization.build(KUBERNETES.resolve("overlays/production"));
  }

  @Test
  void everyCoreObjectParsesStrictlyAndEveryOtherIsAnOperatorsKind() {
    List<String> problems = new ArrayList<>();
    for (ObjectNode o : objects) {
      String api = o.path("apiVersion").asText();
      String id = id(o);
      if (CORE_GROUPS.contains(api)) {
        HasMetadata typed = SERIALIZATION.unmarshal(o.toString());
        if (typed instanceof GenericKubernetesResource) {
          problems.add(id + ": not a kind of " + api);
          continue;
        }
        leftOver(typed, id, problems);
      } else if (!OPERATOR_KINDS.contains(api + "/" + o.path("kind").asText())) {
        problems.add(id + ": a kind no installed operator serves");
      }
      if (!o.path("metadata").path("namespace").asText().equals("stepwise")
          && !o.path("kind").asText().equals("Namespace")) {
        problems.add(id + ": not in the namespace stepwise");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(objects.size() >= 20, "the whole base was built: " + objects.size());
  }

  @Test
  void caseServiceRunsReplicatedAndSafely() {
    Deployment d = deployment("case-service");
    assertTrue(d.getSpec().getReplicas() >= 2, "replicas");
    assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
    assertFalse(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().isEmpty());
    Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertTrue(c.getImage().startsWith("registry.example.org/"), "the overlay's image: " + c);
    assertNotEquals(
        c.getReadinessProbe().getHttpGet().getPath(), c.getLivenessProbe().getHttpGet().getPath());
    assertEquals("/health/ready", c.getReadinessProbe().getHttpGet().getPath());
    assertEquals("/health/live", c.getLivenessProbe().getHttpGet().getPath());
    assertTrue(c.getLifecycle().getPreStop() != null, "endpoints drop the pod before SIGTERM");
    ObjectNode pdb = one("PodDisruptionBudget", "case-service");
    assertTrue(matches(pdb.path("spec").path("selector").path("matchLabels"), podLabels(d)));
    ObjectNode hpa = one("HorizontalPodAutoscaler", "case-service");
    assertEquals("case-service", hpa.path("spec").path("scaleTargetRef").path("name").asText());
    assertTrue(hpa.path("spec").path("minReplicas").asInt() >= 2);
    assertTrue(
        d.getSpec()
            .getTemplate()
            .getMetadata()
            .getAnnotations()
            .containsKey("prometheus.io/scrape"));
  }

  @Test
  void theRoutesRunTwiceAndTakeTurnsByKubernetesLeases() {
    Deployment d = deployment("stepwise-routes");
    assertEquals(2, d.getSpec().getReplicas());
    Map<String, String> env = env(d);
    assertEquals("kubernetes", env.get("STEPWISE_CLUSTER_KIND"));
    assertTrue(env.containsKey("STEPWISE_CLUSTER_KUBERNETES_NAMESPACE"));
    ObjectNode role = one("Role", "stepwise-routes-leases");
    assertTrue(role.toString().contains("\"leases\""), "the routes may hold leases");
    ObjectNode binding = one("RoleBinding", "stepwise-routes-leases");
    assertEquals(
        d.getSpec().getTemplate().getSpec().getServiceAccountName(),
        binding.path("subjects").get(0).path("name").asText());
    assertEquals("stepwise-routes-leases", binding.path("roleRef").path("name").asText());
    one("ServiceAccount", d.getSpec().getTemplate().getSpec().getServiceAccountName());
  }

  @Test
  void everyContainerIsNonRootReadOnlyAndBounded() {
    for (ObjectNode o : of("Deployment")) {
      JsonNode pod = o.path("spec").path("template").path("spec");
      for (JsonNode c : Kustomization.containers(o)) {
        String id = id(o) + "/" + c.path("name").asText();
        boolean nonRoot =
            c.path("securityContext").path("runAsNonRoot").asBoolean(false)
                || pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        assertTrue(nonRoot, id + " runs as root");
        assertTrue(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(), id);
        assertFalse(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true), id);
        assertTrue(c.path("resources").path("limits").has("memory"), id + " memory limit");
        assertTrue(c.path("resources").path("requests").has("cpu"), id + " cpu request");
        assertTrue(c.has("readinessProbe") && c.has("livenessProbe"), id + " probes");
        Set<String> ports = new HashSet<>();
        c.path("ports").forEach(p -> ports.add(p.path("name").asText()));
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
          JsonNode port = c.path(probe).path("httpGet").path("port");
          if (port.isTextual()) {
            assertTrue(ports.contains(port.asText()), id + " " + probe + " names port " + port);
          }
        }
      }
    }
  }

  @Test
  void theDatabaseIsThreeInstancesWithBackupsAndBothRolesFromSecrets() {
    ObjectNode db = one("Cluster", "stepwise-db");
    JsonNode spec = db.path("spec");
    assertEquals(3, spec.path("instances").asInt());
    assertTrue(spec.path("backup").path("barmanObjectStore").has("destinationPath"));
    assertEquals("stepwise_owner", spec.path("bootstrap").path("initdb").path("owner").asText());
    assertTrue(spec.path("bootstrap").path("initdb").path("secret").has("name"));
    JsonNode app = spec.path("managed").path("roles").get(0);
    assertEquals("stepwise_app", app.path("name").asText());
    assertTrue(app.path("passwordSecret").has("name"));
    assertFalse(one("ScheduledBackup", "stepwise-db-daily").isEmpty());
    JsonNode kc = one("Keycloak", "stepwise-keycloak").path("spec");
    assertEquals("keycloak-db-rw", kc.path("db").path("host").asText());
    assertTrue(kc.path("instances").asInt() >= 2);
  }

  @Test
  void theRealmImportIsTheProductionRealm() throws IOException {
    JsonNode realm = one("KeycloakRealmImport", "stepwise-realm").path("spec");
    assertEquals(
        new ObjectMapper()
            .readTree(REPO.resolve("keycloak-realm/stepwise-realm.production.json").toFile()),
        realm.path("realm"));
    assertEquals("stepwise-keycloak", realm.path("keycloakCRName").asText());
    Set<String> placeholders = new TreeSet<>();
    Matcher m =
        Pattern.compile("\\$\\{([A-Z_]+)}")
            .matcher(
                Files.readString(REPO.resolve("keycloak-realm/stepwise-realm.production.json")));
    while (m.find()) {
      placeholders.add(m.group(1));
    }
    Set<String> given = new TreeSet<>();
    realm.path("placeholders").fieldNames().forEachRemaining(given::add);
    assertEquals(placeholders, given, "every placeholder of the realm comes from a Secret");
  }

  @Test
  void everyConfigMapAndServiceNamedIsDefinedWithThePortNamed() {
    Set<String> configMaps = names("ConfigMap");
    List<String> problems = new ArrayList<>();
    for (ObjectNode o : objects) {
      walk(
          o,
          "",
          (key, node) -> {
            if ((key.equals("configMapRef") || key.equals("configMap"))
                && !configMaps.contains(node.path("name").asText())) {
              problems.add(id(o) + ": ConfigMap " + node.path("name").asText());
            }
          });
    }
    Map<String, Set<String>> services = services();
    for (ObjectNode ingress : of("Ingress")) {
      for (JsonNode rule : ingress.path("spec").path("rules")) {
        for (JsonNode path : rule.path("http").path("paths")) {
          JsonNode service = path.path("backend").path("service");
          Set<String> ports = services.get(service.path("name").asText());
          String port =
              service.path("port").has("name")
                  ? service.path("port").path("name").asText()
                  : service.path("port").path("number").asText();
          if (ports == null || !ports.contains(port)) {
            problems.add(id(ingress) + ": service " + service);
          }
        }
      }
      assertFalse(ingress.path("spec").path("tls").isEmpty(), id(ingress) + " without TLS");
    }
    // every in-cluster address in a setting: a Service (or an operator's) with that port
    Pattern address = Pattern.compile("(?:https?|jdbc:postgresql)://([a-z0-9-]+):(\\d+)");
    for (ObjectNode o : of("ConfigMap")) {
      o.path("data")
          .fields()
          .forEachRemaining(
              e -> {
                Matcher m = address.matcher(e.getValue().asText());
                while (m.find()) {
                  Set<String> ports = services.get(m.group(1));
                  if (ports == null || !ports.contains(m.group(2))) {
                    problems.add(id(o) + ": " + e.getKey() + " names " + m.group());
                  }
                }
              });
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everySelectorSelectsPodsThatExist() {
    List<Map<String, String>> pods = new ArrayList<>();
    for (Deployment d : deployments()) {
      pods.add(podLabels(d));
      assertTrue(
          matches(
              new ObjectMapper().valueToTree(d.getSpec().getSelector().getMatchLabels()),
              podLabels(d)),
          d.getMetadata().getName() + "'s selector misses its own pods");
    }
    // the operators' pods: CloudNativePG labels its instances by cluster, Keycloak's are
    // app=keycloak
    names("Cluster").forEach(c -> pods.add(Map.of("cnpg.io/cluster", c)));
    pods.add(Map.of("app", "keycloak"));
    List<String> problems = new ArrayList<>();
    for (ObjectNode o : objects) {
      String kind = o.path("kind").asText();
      JsonNode selector =
          switch (kind) {
            case "Service" -> o.path("spec").path("selector");
            case "PodDisruptionBudget" -> o.path("spec").path("selector").path("matchLabels");
            case "NetworkPolicy" -> o.path("spec").path("podSelector").path("matchLabels");
            default -> null;
          };
      if (selector != null
          && !selector.isEmpty()
          && pods.stream().noneMatch(p -> matches(selector, p))) {
        problems.add(id(o) + " selects no pod: " + selector);
      }
    }
    // the peers a policy lets in or out: in this namespace (no namespaceSelector), pods that exist
    for (ObjectNode policy : of("NetworkPolicy")) {
      for (String direction : List.of("ingress", "egress")) {
        for (JsonNode rule : policy.path("spec").path(direction)) {
          for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
            JsonNode labels = peer.path("podSelector").path("matchLabels");
            if (!peer.has("namespaceSelector")
                && !labels.isMissingNode()
                && pods.stream().noneMatch(p -> matches(labels, p))) {
              problems.add(id(policy) + " lets in or out pods that do not exist: " + labels);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(names("NetworkPolicy").contains("default-deny"));
  }

  @Test
  void theSecretsNamedAreTheOnesTheReadmeSaysToCreate() throws IOException {
    Map<String, Set<String>> referenced = secretsReferenced();
    // CloudNativePG makes <cluster>-app for a cluster whose owner is not given as a Secret
    for (ObjectNode c : of("Cluster")) {
      if (!c.path("spec").path("bootstrap").path("initdb").has("secret")) {
        referenced.remove(c.path("metadata").path("name").asText() + "-app");
      }
    }
    Map<String, Set<String>> documented = readmeSecrets();
    assertEquals(documented.keySet(), referenced.keySet(), "README's Secrets vs the manifests'");
    referenced.forEach(
        (name, keys) ->
            assertTrue(
                documented.get(name).containsAll(keys),
                name + ": keys used " + keys + ", documented " + documented.get(name)));
    for (ObjectNode o : objects) {
      assertNotEquals("Secret", o.path("kind").asText(), "a Secret's value in the manifests");
    }
  }

  @Test
  void everySettingCaseServiceReadsWithoutADefaultIsSet() throws IOException {
    Set<String> required = new TreeSet<>();
    Pattern noDefault = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"\\)");
    Pattern dataSource = Pattern.compile("\\$\\{MPCONFIG=([^}]+)}");
    try (Stream<Path> sources = Files.walk(REPO.resolve("case-service/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        for (Pattern p : List.of(noDefault, dataSource)) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            required.add(m.group(1));
          }
        }
      }
    }
    required.add("mp.jwt.verify.publickey.location"); // read by Payara's MP-JWT
    Properties defaults = new Properties();
    try (var in =
        Files.newInputStream(
            REPO.resolve(
                "case-service/src/main/resources/META-INF/microprofile-config.properties"))) {
      defaults.load(in);
    }
    required.removeAll(defaults.stringPropertyNames());
    assertTrue(required.contains("stepwise.db.url"), "the scan found the settings: " + required);
    Map<String, String> env = env(deployment("case-service"));
    Set<String> missing =
        required.stream()
            .map(KubernetesManifestsTest::envName)
            .filter(e -> !env.containsKey(e))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), missing, "case-service settings not set");
  }

  @Test
  void everyRoutesSettingWithoutAProductionValueIsSet() throws IOException {
    Properties defaults = new Properties();
    try (var in =
        Files.newInputStream(
            REPO.resolve("integration-routes/src/main/resources/application.properties"))) {
      defaults.load(in);
    }
    Set<String> needed = new TreeSet<>();
    // a default that points at this machine is no production value
    defaults.forEach(
        (k, v) -> {
          if (v.toString().contains("localhost") || v.toString().contains("{{sys:user.home}}")) {
            needed.add(k.toString());
          }
        });
    Pattern placeholder = Pattern.compile("\\{\\{(stepwise\\.[a-zA-Z0-9.-]+)}}");
    try (Stream<Path> sources = Files.walk(REPO.resolve("integration-routes/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = placeholder.matcher(Files.readString(source));
        while (m.find()) {
          if (!defaults.containsKey(m.group(1))) {
            needed.add(m.group(1));
          }
        }
      }
    }
    // the mail server's login: only when it asks for one (the README says so)
    needed.remove("stepwise.mail.password");
    // houses' drops are per program: none until one is configured
    needed.removeIf(k -> k.startsWith("stepwise.intake.MAPLE."));
    assertTrue(needed.contains("stepwise.routes.client-secret"), needed.toString());
    Map<String, String> env = env(deployment("stepwise-routes"));
    Set<String> missing =
        needed.stream()
            .map(KubernetesManifestsTest::envName)
            .filter(e -> !env.containsKey(e))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), missing, "routes settings left at their local values");
  }

  // ---------------------------------------------------------------------------------------------

  /** Fields the model did not know, anywhere in {@code o}. */
  private static void leftOver(Object o, String path, List<String> problems) {
    if (o == null) {
      return;
    }
    if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> leftOver(v, path + "." + k, problems));
      return;
    }
    if (o instanceof Collection<?> list) {
      int i = 0;
      for (Object e : list) {
        leftOver(e, path + "[" + i++ + "]", problems);
      }
      return;
    }
    if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || !m.getName().startsWith("get")
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(o);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (m.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          problems.add(path + ": unknown fields " + extra.keySet());
        }
      } else {
        leftOver(value, path + "." + m.getName().substring(3), problems);
      }
    }
  }

  private interface Visitor {
    void visit(String key, JsonNode node);
  }

  private static void walk(JsonNode node, String key, Visitor visitor) {
    visitor.visit(key, node);
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), visitor));
    } else if (node.isArray()) {
      node.forEach(e -> walk(e, key, visitor));
    }
  }

  /** Secret name → the keys read of it (a basic-auth or TLS Secret's standard keys). */
  private static Map<String, Set<String>> secretsReferenced() {
    Map<String, Set<String>> secrets = new TreeMap<>();
    for (ObjectNode o : objects) {
      walk(
          o,
          "",
          (key, node) -> {
            if (key.equals("secretKeyRef")) {
              add(secrets, node.path("name").asText(), node.path("key").asText());
            } else if (key.equals("secretName") || key.equals("tlsSecret")) {
              add(secrets, node.asText(), "tls.crt", "tls.key");
            } else if ((key.equals("accessKeyId") || key.equals("secretAccessKey"))
                && node.has("key")) {
              add(secrets, node.path("name").asText(), node.path("key").asText());
            } else if ((key.equals("usernameSecret") || key.equals("passwordSecret"))
                && node.has("key")) {
              add(secrets, node.path("name").asText(), node.path("key").asText());
            } else if (key.equals("passwordSecret") || key.equals("secret")) {
              if (node.has("key")) {
                add(secrets, node.path("name").asText(), node.path("key").asText());
              } else if (node.has("name")) {
                // CloudNativePG's basic-auth Secrets
                add(secrets, node.path("name").asText(), "username", "password");
              }
            }
          });
    }
    return secrets;
  }

  private static void add(Map<String, Set<String>> secrets, String name, String... keys) {
    secrets.computeIfAbsent(name, n -> new TreeSet<>()).addAll(List.of(keys));
  }

  /** The README's table of Secrets to create: | `name` | `key`, `key` | what | */
  private static Map<String, Set<String>> readmeSecrets() throws IOException {
    String readme = Files.readString(REPO.resolve("README.md"));
    int start = readme.indexOf("## Deploying to Kubernetes");
    assertTrue(start >= 0, "README has no section 'Deploying to Kubernetes'");
    int end = readme.indexOf("\n## ", start + 3);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Map<String, Set<String>> secrets = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| ([^|]+) \\|").matcher(section);
    while (row.find()) {
      Set<String> keys = new TreeSet<>();
      Matcher key = Pattern.compile("`([^`]+)`").matcher(row.group(2));
      while (key.find()) {
        keys.add(key.group(1));
      }
      secrets.put(row.group(1), keys);
    }
    return secrets;
  }

  /** Service name → its port names and numbers, the operators' Services included. */
  private static Map<String, Set<String>> services() {
    Map<String, Set<String>> services = new HashMap<>();
    for (ObjectNode s : of("Service")) {
      Set<String> ports = new HashSet<>();
      for (JsonNode p : s.path("spec").path("ports")) {
        ports.add(p.path("name").asText());
        ports.add(p.path("port").asText());
      }
      services.put(s.path("metadata").path("name").asText(), ports);
    }
    for (ObjectNode kc : of("Keycloak")) {
      Set<String> ports = new HashSet<>(Set.of("8443"));
      if (kc.path("spec").path("http").path("httpEnabled").asBoolean(false)) {
        ports.add("8080");
      }
      services.put(kc.path("metadata").path("name").asText() + "-service", ports);
    }
    for (String cluster : names("Cluster")) {
      for (String suffix : List.of("-rw", "-ro", "-r")) {
        services.put(cluster + suffix, Set.of("5432"));
      }
    }
    return services;
  }

  private static Map<String, String> env(Deployment d) {
    Map<String, String> env = new TreeMap<>();
    for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
      if (c.getEnv() != null) {
        c.getEnv()
            .forEach(e -> env.put(e.getName(), e.getValue() == null ? "<ref>" : e.getValue()));
      }
      if (c.getEnvFrom() != null) {
        c.getEnvFrom().stream()
            .filter(f -> f.getConfigMapRef() != null)
            .forEach(
                f ->
                    one("ConfigMap", f.getConfigMapRef().getName())
                        .path("data")
                        .fields()
                        .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
      }
    }
    return env;
  }

  /** MicroProfile Config's and Camel's environment name for a key. */
  private static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean matches(JsonNode selector, Map<String, String> labels) {
    if (selector == null || selector.isEmpty()) {
      return false;
    }
    var it = selector.fields();
    while (it.hasNext()) {
      var e = it.next();
      if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> podLabels(Deployment d) {
    return d.getSpec().getTemplate().getMetadata().getLabels();
  }

  private static List<Deployment> deployments() {
    return of("Deployment").stream()
        .map(o -> (Deployment) SERIALIZATION.unmarshal(o.toString()))
        .toList();
  }

  private static Deployment deployment(String name) {
    return deployments().stream()
        .filter(d -> d.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + name));
  }

  private static List<ObjectNode> of(String kind) {
    return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
  }

  private static ObjectNode one(String kind, String name) {
    return of(kind).stream()
        .filter(o -> o.path("metadata").path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static Set<String> names(String kind) {
    return of(kind).stream()
        .map(o -> o.path("metadata").path("name").asText())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String id(JsonNode o) {
    return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
  }
}
