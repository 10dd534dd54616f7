/**
 * The Bean Validation model of target P1: one person's items as mutable beans with Jakarta
 * constraints, validated by Hibernate Validator 8, to compare with Alignkit's default rules.
 */
package dev.alignkit.benchmarks.beans;
