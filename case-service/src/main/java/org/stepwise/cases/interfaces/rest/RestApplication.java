package org.stepwise.cases.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** The REST API under /api/v1; bearer tokens from Keycloak, checked locally with MP-JWT. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  CurrentUser.CASE_MANAGER,
  CurrentUser.PROGRAM_ADMIN,
  CurrentUser.HOUSE_MANAGER,
  CurrentUser.CLINICIAN,
  CurrentUser.INTEGRATION
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Stepwise case-service",
            version = "1",
            description =
                "Aftercare case management: clients, levels of care, goals, houses,"
                    + " attendance, case notes. Substance-use treatment records (42 CFR Part 2)."),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {}
