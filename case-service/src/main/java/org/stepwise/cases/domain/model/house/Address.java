package org.stepwise.cases.domain.model.house;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A house's street address. */
@Embeddable
public class Address {

  @Column(name = "street")
  private String street;

  @Column(name = "city")
  private String city;

  @Column(name = "state")
  private String state;

  @Column(name = "postal_code")
  private String postalCode;

  protected Address() {}

  public Address(String street, String city, String state, String postalCode) {
    this.street = street;
    this.city = city;
    this.state = state;
    this.postalCode = postalCode;
  }

  public String street() {
    return street;
  }

  public String city() {
    return city;
  }

  public String state() {
    return state;
  }

  public String postalCode() {
    return postalCode;
  }
}
