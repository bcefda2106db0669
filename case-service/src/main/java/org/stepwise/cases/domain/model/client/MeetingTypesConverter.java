package org.stepwise.cases.domain.model.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of meeting types as a comma-separated list. */
@Converter
public class MeetingTypesConverter implements AttributeConverter<Set<MeetingType>, String> {

  @Override
  public String convertToDatabaseColumn(Set<MeetingType> types) {
    return types == null
        ? null
        : types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<MeetingType> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return null;
    }
    EnumSet<MeetingType> types = EnumSet.noneOf(MeetingType.class);
    Arrays.stream(column.split(",")).map(MeetingType::valueOf).forEach(types::add);
    return types;
  }
}
