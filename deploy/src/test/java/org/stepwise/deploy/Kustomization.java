package org.stepwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The part of Kustomize the manifests use, built the way {@code kubectl apply -k} builds it:
 * resources (files and directories), labels, namespace, images and replicas. Any other field of a
 * kustomization.yaml fails the build here, so the test never checks less than an operator applies.
 */
final class Kustomization {

  static final YAMLMapper YAML = new YAMLMapper();

  private static final Set<String> FIELDS =
      Set.of("apiVersion", "kind", "resources", "labels", "namespace", "images", "replicas");

  private static final Set<String> CLUSTER_SCOPED =
      Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");

  private Kustomization() {}

  /** The objects that {@code dir}'s kustomization.yaml produces. */
  static List<ObjectNode> build(Path dir) throws IOException {
    JsonNode k = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
    for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!FIELDS.contains(field)) {
        throw new IllegalStateException(dir + ": kustomization field not checked here: " + field);
      }
    }
    List<ObjectNode> objects = new ArrayList<>();
    for (JsonNode resource : k.path("resources")) {
      Path path = dir.resolve(resource.asText()).normalize();
      if (Files.isDirectory(path)) {
        objects.addAll(build(path));
      } else {
        objects.addAll(read(path));
      }
    }
    for (JsonNode label : k.path("labels")) {
      if (label.path("includeSelectors").asBoolean(false)) {
        throw new IllegalStateException("labels with includeSelectors are not checked here");
      }
      for (ObjectNode o : objects) {
        ObjectNode labels = metadata(o).with("labels");
        label.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
      }
    }
    if (k.hasNonNull("namespace")) {
      for (ObjectNode o : objects) {
        if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
          metadata(o).put("namespace", k.get("namespace").asText());
        }
      }
    }
    for (JsonNode image : k.path("images")) {
      for (ObjectNode o : objects) {
        for (JsonNode c : containers(o)) {
          String[] ref = c.path("image").asText().split(":", 2);
          if (ref[0].equals(image.path("name").asText())) {
            String name = image.path("newName").asText(ref[0]);
            String tag = image.path("newTag").asText(ref.length > 1 ? ref[1] : "latest");
            ((ObjectNode) c).put("image", name + ":" + tag);
          }
        }
      }
    }
    for (JsonNode replicas : k.path("replicas")) {
      objects.stream()
          .filter(
              o -> o.path("metadata").path("name").asText().equals(replicas.get("name").asText()))
          .filter(o -> Set.of("Deployment", "StatefulSet").contains(o.path("kind").asText()))
          .forEach(o -> o.with("spec").put("replicas", replicas.get("count").asInt()));
    }
    return objects;
  }

  /** The containers of a workload's pod template (none for other kinds). */
  static List<JsonNode> containers(JsonNode o) {
    List<JsonNode> all = new ArrayList<>();
    JsonNode pod = o.path("spec").path("template").path("spec");
    pod.path("initContainers").forEach(all::add);
    pod.path("containers").forEach(all::add);
    return all;
  }

  private static List<ObjectNode> read(Path file) throws IOException {
    List<ObjectNode> objects = new ArrayList<>();
    try (var docs = YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class)) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null && !doc.isNull() && !doc.isEmpty()) {
          objects.add((ObjectNode) doc);
        }
      }
    }
    return objects;
  }

  private static ObjectNode metadata(ObjectNode o) {
    return o.with("metadata");
  }

  static ArrayNode array(JsonNode node) {
    return node.isArray() ? (ArrayNode) node : YAML.createArrayNode();
  }
}
