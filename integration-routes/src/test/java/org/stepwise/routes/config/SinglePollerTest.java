package org.stepwise.routes.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Properties;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** Which lock decides the one poller: a file locally, a Kubernetes Lease on Kubernetes. */
class SinglePollerTest {

  @Test
  void aFileLockByDefault() throws Exception {
    try (DefaultCamelContext context = context(new Properties())) {
      SinglePoller.consumer(context, "intake-MAPLE", "file:x");
      assertInstanceOf(FileLockClusterService.class, context.hasService(CamelClusterService.class));
    }
  }

  @Test
  void leasesInThePodsNamespaceOnKubernetes() throws Exception {
    Properties p = new Properties();
    p.setProperty("stepwise.cluster.kind", "kubernetes");
    p.setProperty("stepwise.cluster.kubernetes.namespace", "stepwise");
    p.setProperty("stepwise.cluster.kubernetes.pod-name", "stepwise-routes-0");
    try (DefaultCamelContext context = context(p)) {
      KubernetesClusterService leases = SinglePoller.kubernetesLeases(context);
      assertEquals(LeaseResourceType.Lease, leases.getLeaseResourceType());
      assertEquals("stepwise", leases.getKubernetesNamespace());
      assertEquals("stepwise-routes-0", leases.getPodName());
      assertEquals("stepwise-routes", leases.getKubernetesResourceName());
    }
  }

  private static DefaultCamelContext context(Properties properties) {
    DefaultCamelContext context = new DefaultCamelContext();
    context.getPropertiesComponent().setInitialProperties(properties);
    return context;
  }
}
