package org.stepwise.cases.domain.model.care;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a level of care by its ASAM code. */
@Converter(autoApply = true)
public class LevelOfCareConverter implements AttributeConverter<LevelOfCare, String> {

  @Override
  public String convertToDatabaseColumn(LevelOfCare level) {
    return level == null ? null : level.code();
  }

  @Override
  public LevelOfCare convertToEntityAttribute(String code) {
    return code == null
        ? null
        : LevelOfCare.fromCode(code)
            .orElseThrow(() -> new IllegalStateException("unknown level code in database"));
  }
}
