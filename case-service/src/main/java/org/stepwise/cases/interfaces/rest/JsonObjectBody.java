package org.stepwise.cases.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.stepwise.cases.domain.shared.InvalidInput;

/**
 * Reads a request body declared as a {@link JsonObject}: an empty body is absent (null), and any
 * other JSON value (an array, a string, a number) is refused as 400 naming the body, instead of
 * failing a cast deep in the JSON provider.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonObjectBody implements MessageBodyReader<JsonObject> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    InputStream in = entity.markSupported() ? entity : new BufferedInputStream(entity);
    in.mark(1);
    if (in.read() < 0) {
      return null;
    }
    in.reset();
    JsonValue value;
    // malformed JSON throws JsonException, which the problem mapper answers naming the body
    try (JsonReader reader = Json.createReader(in)) {
      value = reader.readValue();
    }
    if (!(value instanceof JsonObject object)) {
      throw new InvalidInput("body", "NOT_AN_OBJECT", "the body must be a JSON object { … }");
    }
    return object;
  }
}
