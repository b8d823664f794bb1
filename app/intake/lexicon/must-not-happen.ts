/**
 * A step said not to take place: "the standard approval routing and notification to the line manager must not happen", "die
 * Sicherheitsprüfung darf nicht stattfinden", "la revue de sécurité ne doit pas avoir lieu" (authority.approvers_excluded after the
 * review or the route to it; not "... must not happen before her last day": a time after it). Entries are normalised like the
 * text (en de fr es pt it nl pl ru uk tr sv).
 */
export const MUST_NOT_HAPPEN_CONCEPTS = {
  MUST_NOT_HAPPEN: [
    "must not happen", "should not happen", "must not take place", "should not take place", "is not to happen", "is not to take place", "must not occur",
    "nicht stattfinden", "darf nicht stattfinden", "soll nicht stattfinden", "sollte nicht stattfinden", "darf nicht erfolgen", "soll nicht erfolgen",
    "ne doit pas avoir lieu", "ne doivent pas avoir lieu", "ne doit pas se faire", "no debe realizarse", "no debe producirse", "no deben producirse", "no debe tener lugar",
    "não deve ocorrer", "não devem ocorrer", "não deve acontecer", "não devem acontecer", "non deve avvenire", "non devono avvenire", "non deve aver luogo",
    "mag niet plaatsvinden", "moet niet plaatsvinden", "mogą się nie odbyć", "nie może się odbyć", "nie powinna się odbyć", "nie powinno się odbyć",
    "не должна проводиться", "не должно проводиться", "не должно происходить", "не повинна проводитися", "не повинно відбуватися",
    "yapılmamalı", "yapılmamalıdır", "får inte ske", "ska inte ske", "bör inte ske",
  ],
} as const satisfies Record<string, readonly string[]>;
