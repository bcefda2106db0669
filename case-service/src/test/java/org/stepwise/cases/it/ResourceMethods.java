package org.stepwise.cases.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every JAX-RS resource method of case-service, as "METHOD /path/{template}", found by reflection.
 */
final class ResourceMethods {

  static final String PACKAGE = "org.stepwise.cases.interfaces.rest";

  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(
          GET.class, "GET",
          POST.class, "POST",
          PUT.class, "PUT",
          DELETE.class, "DELETE",
          PATCH.class, "PATCH",
          HEAD.class, "HEAD");

  private ResourceMethods() {}

  static TreeSet<String> all() throws IOException, URISyntaxException {
    return new TreeSet<>(methods().keySet());
  }

  /** The methods that take a request body (a parameter that no JAX-RS annotation binds). */
  static TreeSet<String> withBody() throws IOException, URISyntaxException {
    return new TreeSet<>(bodyTypes().keySet());
  }

  /** Each method's request body type ("METHOD /path" to the class), for those that take one. */
  static java.util.TreeMap<String, Class<?>> bodyTypes() throws IOException, URISyntaxException {
    java.util.TreeMap<String, Class<?>> found = new java.util.TreeMap<>();
    methods().forEach((endpoint, m) -> bodyType(m).ifPresent(type -> found.put(endpoint, type)));
    return found;
  }

  /** Every resource method by "METHOD /path". */
  private static java.util.TreeMap<String, Method> methods()
      throws IOException, URISyntaxException {
    java.util.TreeMap<String, Method> found = new java.util.TreeMap<>();
    for (Class<?> type : resourceClasses()) {
      String base = type.getAnnotation(Path.class).value();
      for (Method m : type.getDeclaredMethods()) {
        for (var verb : VERBS.entrySet()) {
          if (m.isAnnotationPresent(verb.getKey())) {
            Path sub = m.getAnnotation(Path.class);
            found.put(
                verb.getValue() + " " + normalize(base + (sub == null ? "" : "/" + sub.value())),
                m);
          }
        }
      }
    }
    return found;
  }

  /** The type of the parameter no JAX-RS annotation binds: the request body. */
  private static java.util.Optional<Class<?>> bodyType(Method m) {
    Annotation[][] params = m.getParameterAnnotations();
    for (int i = 0; i < params.length; i++) {
      boolean bound =
          java.util.Arrays.stream(params[i])
              .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
      if (!bound) {
        return java.util.Optional.of(m.getParameterTypes()[i]);
      }
    }
    return java.util.Optional.empty();
  }

  private static String normalize(String path) {
    String p = ("/" + path).replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Enumeration<URL> roots = loader.getResources(PACKAGE.replace('.', '/'));
    List<Class<?>> classes = new java.util.ArrayList<>();
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if (!"file".equals(root.getProtocol())) {
        throw new IllegalStateException("resources expected in a classes directory: " + root);
      }
      java.nio.file.Path dir = Paths.get(root.toURI());
      try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
        for (java.nio.file.Path file :
            files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name =
              PACKAGE
                  + "."
                  + dir.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
          try {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(Path.class)) {
              classes.add(type);
            }
          } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException(name, e);
          }
        }
      }
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("no resource classes found under " + PACKAGE);
    }
    return classes;
  }
}
