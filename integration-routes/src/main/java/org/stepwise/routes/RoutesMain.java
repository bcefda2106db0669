package org.stepwise.routes;

import org.apache.camel.main.Main;

/**
 * The standalone Camel application (camel-main). Its route builders are found in this package and
 * below: one per flow, and the error handling shared by all.
 */
public final class RoutesMain {

  private RoutesMain() {}

  public static void main(String[] args) throws Exception {
    new Main(RoutesMain.class).run(args);
  }
}
