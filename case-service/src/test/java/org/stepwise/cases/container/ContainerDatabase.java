package org.stepwise.cases.container;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database of its own on the test platform's real PostgreSQL for the Arquillian
 * deployments, made before Arquillian starts Payara Micro (register it before {@code
 * ArquillianExtension}). It runs on the test's side only: inside the container, where the test
 * class runs again, there is nothing to prepare.
 */
public class ContainerDatabase implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    boolean client = System.getProperty("payara.microJar") != null;
    if (client && System.getProperty("payara.cmdOptions") == null) {
      PlatformDatabase.prepare();
    }
  }
}
