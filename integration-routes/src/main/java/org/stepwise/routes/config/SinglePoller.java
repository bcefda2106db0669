package org.stepwise.routes.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;

/**
 * One poller per source when several instances of the routes run: each source's consumer is wrapped
 * in {@code master:<namespace>:}, and only the instance holding the namespace's lock polls. Locally
 * (and in tests) the lock is a file in the shared state directory; on Kubernetes ({@code
 * stepwise.cluster.kind=kubernetes}) it is a {@code coordination.k8s.io} Lease per namespace, held
 * through camel-kubernetes' cluster service by the pod that polls.
 */
public final class SinglePoller {

  private SinglePoller() {}

  /** The consumer URI, polled by one instance at a time. */
  public static String consumer(CamelContext context, String namespace, String uri) {
    if (context.hasService(CamelClusterService.class) == null) {
      CamelClusterService cluster =
          "kubernetes".equals(property(context, "stepwise.cluster.kind").orElse("file"))
              ? kubernetesLeases(context)
              : fileLock(context);
      try {
        context.addService(cluster);
      } catch (Exception e) {
        throw new IllegalStateException("the cluster service did not start", e);
      }
    }
    return "master:" + namespace + ":" + uri;
  }

  /** A lock file in the state directory that every instance shares (one machine, or a volume). */
  static FileLockClusterService fileLock(CamelContext context) {
    FileLockClusterService cluster = new FileLockClusterService();
    cluster.setId("stepwise-routes");
    cluster.setRoot(clusterRoot(context).toAbsolutePath().toString());
    cluster.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
    cluster.setAcquireLockInterval(2, TimeUnit.SECONDS);
    return cluster;
  }

  /**
   * Leases in the pod's namespace ({@code POD_NAMESPACE} from the downward API), named {@code
   * stepwise-routes-<namespace>}; a leader that dies loses its lease after 15 s and another pod
   * starts polling.
   */
  static KubernetesClusterService kubernetesLeases(CamelContext context) {
    KubernetesClusterService cluster = new KubernetesClusterService();
    cluster.setId("stepwise-routes");
    cluster.setLeaseResourceType(LeaseResourceType.Lease);
    cluster.setKubernetesResourceName("stepwise-routes");
    property(context, "stepwise.cluster.kubernetes.namespace")
        .ifPresent(cluster::setKubernetesNamespace);
    property(context, "stepwise.cluster.kubernetes.pod-name").ifPresent(cluster::setPodName);
    cluster.setClusterLabels(Map.of("app.kubernetes.io/name", "stepwise-routes"));
    cluster.setLeaseDurationMillis(15_000);
    cluster.setRenewDeadlineMillis(10_000);
    cluster.setRetryPeriodMillis(2_000);
    return cluster;
  }

  private static Optional<String> property(CamelContext context, String key) {
    return context.getPropertiesComponent().resolveProperty(key).filter(v -> !v.isBlank());
  }

  private static Path clusterRoot(CamelContext context) {
    return context
        .getPropertiesComponent()
        .resolveProperty("stepwise.cluster-dir")
        .map(Path::of)
        .orElse(IntakeConfiguration.stateDir(context).resolve("cluster"));
  }
}
