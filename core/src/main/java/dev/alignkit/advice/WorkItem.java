package dev.alignkit.advice;

import java.util.Set;

/**
 * An ACTIVE objective or initiative of the person's primary team, one of their other teams or the
 * organization, with its proximity ({@link WorkIndex#OWN_TEAM}, {@link WorkIndex#OTHER_TEAM},
 * {@link WorkIndex#ORGANIZATION}), as
 * the {@link WorkIndex} holds it for classification and advice.
 */
final class WorkItem {
  final String id;
  final boolean initiative;
  final String title;
  final Set<String> skills;
  final Set<String> tags;
  final int proximity;

  WorkItem(String id, boolean initiative, String title, Set<String> skills, Set<String> tags, int proximity) {
    this.id = id;
    this.initiative = initiative;
    this.title = title;
    this.skills = skills;
    this.tags = tags;
    this.proximity = proximity;
  }

  String kindName() {
    return initiative ? "initiative" : "objective";
  }

  void identify(GoalAlignment.Builder out) {
    if (initiative) {
      out.initiativeId(id);
    } else {
      out.objectiveId(id);
    }
  }
}
