package org.stepwise.routes.config;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;

/**
 * One poller per source when several instances of the routes run: each source's consumer is wrapped
 * in {@code master:<namespace>:}, and only the instance holding the namespace's lock polls. Locally
 * (and in tests) the lock is a file in the shared state directory; on Kubernetes the same routes
 * use camel-kubernetes' lease-based cluster service instead (see README).
 */
public final class SinglePoller {

  private SinglePoller() {}

  /** The consumer URI, polled by one instance at a time. */
  public static String consumer(CamelContext context, String namespace, String uri) {
    if (context.hasService(CamelClusterService.class) == null) {
      FileLockClusterService cluster = new FileLockClusterService();
      cluster.setId("stepwise-routes");
      cluster.setRoot(clusterRoot(context).toAbsolutePath().toString());
      cluster.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
      cluster.setAcquireLockInterval(2, TimeUnit.SECONDS);
      try {
        context.addService(cluster);
      } catch (Exception e) {
        throw new IllegalStateException("the cluster service did not start", e);
      }
    }
    return "master:" + namespace + ":" + uri;
  }

  private static Path clusterRoot(CamelContext context) {
    return context
        .getPropertiesComponent()
        .resolveProperty("stepwise.cluster-dir")
        .map(Path::of)
        .orElse(IntakeConfiguration.stateDir(context).resolve("cluster"));
  }
}
