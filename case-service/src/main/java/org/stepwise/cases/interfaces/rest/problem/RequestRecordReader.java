package org.stepwise.cases.interfaces.rest.problem;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.stepwise.cases.interfaces.rest.JsonObjectBody;

/**
 * Reads a {@link RequestRecord}: the body as a JSON object (anything else is refused, naming the
 * body), only the record's components as fields, each read by the record's own {@code read}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class RequestRecordReader implements MessageBodyReader<RequestRecord> {

  private final JsonObjectBody objects = new JsonObjectBody();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return RequestRecord.class.isAssignableFrom(type) && type.isRecord();
  }

  @Override
  public RequestRecord readFrom(
      Class<RequestRecord> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    JsonObject body =
        objects.readFrom(
            JsonObject.class, JsonObject.class, annotations, mediaType, headers, entity);
    return read(type, body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
  }

  /** A record type's fields and its {@code read}, looked up once per type, not per request. */
  private record Shape(String[] fields, Method read) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          String[] fields =
              Arrays.stream(type.getRecordComponents())
                  .map(RecordComponent::getName)
                  .toArray(String[]::new);
          try {
            Method read = type.getDeclaredMethod("read", JsonRequest.class);
            read.setAccessible(true); // read() is package-private: only the reader calls it
            return new Shape(fields, read);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no static read(JsonRequest)", e);
          }
        }
      };

  /** Reads {@code body} as a {@code type}: its fields are the record's components. */
  public static <T extends RequestRecord> T read(Class<T> type, JsonObject body) {
    Shape shape = SHAPES.get(type);
    JsonRequest in = JsonRequest.of(body, shape.fields());
    try {
      T value = type.cast(shape.read().invoke(null, in));
      in.done();
      return value;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
