package org.stepwise.routes.support;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A processor that calls other endpoints through one {@link ProducerTemplate} for its lifetime,
 * made on first use and stopped with the route (Camel starts and stops processors that are
 * services), never one per message: each template holds a producer cache and threads that are only
 * released by stopping it.
 */
public abstract class TemplateProcessor extends ServiceSupport implements Processor {

  private volatile ProducerTemplate template;

  /** The one template, made from the exchange's context the first time it is needed. */
  protected ProducerTemplate template(Exchange exchange) {
    ProducerTemplate t = template;
    if (t == null) {
      synchronized (this) {
        t = template;
        if (t == null) {
          CamelContext context = exchange.getContext();
          t = context.createProducerTemplate();
          template = t;
        }
      }
    }
    return t;
  }

  @Override
  protected void doStop() throws Exception {
    ProducerTemplate t = template;
    template = null;
    if (t != null) {
      t.stop();
    }
  }
}
