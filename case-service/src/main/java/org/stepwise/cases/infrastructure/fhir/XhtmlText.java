package org.stepwise.cases.infrastructure.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A resource's human-readable text, built as XHTML nodes: text is escaped by the encoder, and no
 * markup is parsed (parsing narrative strings was most of the cost of a summary).
 */
final class XhtmlText {

  private final XhtmlNode div = new XhtmlNode(NodeType.Element, "div");

  XhtmlText() {
    div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
  }

  static Narrative of(String... paragraphs) {
    XhtmlText text = new XhtmlText();
    for (String p : paragraphs) {
      text.p(p);
    }
    return text.narrative();
  }

  XhtmlText p(String text) {
    div.addTag("p").addText(text);
    return this;
  }

  /** A bulleted list, or a paragraph saying there is nothing. */
  XhtmlText list(List<String> items, String whenEmpty) {
    if (items.isEmpty()) {
      return p(whenEmpty);
    }
    XhtmlNode ul = div.addTag("ul");
    for (String item : items) {
      ul.addTag("li").addText(item);
    }
    return this;
  }

  Narrative narrative() {
    Narrative n = new Narrative();
    n.setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDiv(div);
    return n;
  }
}
