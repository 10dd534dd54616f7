package dev.alignkit.rules;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests that keeps what it receives, open and waived, in order of arrival. */
final class KeptFindings implements FindingSink {
  final List<Finding> open = new ArrayList<>();
  final List<WaivedFinding> waived = new ArrayList<>();

  @Override
  public void accept(Finding finding) {
    open.add(finding);
  }

  @Override
  public void acceptWaived(WaivedFinding finding) {
    waived.add(finding);
  }

  /** The open findings in report order: a stable sort of the order of arrival. */
  List<Finding> openInReportOrder() {
    List<Finding> sorted = new ArrayList<>(open);
    sorted.sort(Finding.ORDER);
    return sorted;
  }

  /** The waived findings in report order. */
  List<WaivedFinding> waivedInReportOrder() {
    List<WaivedFinding> sorted = new ArrayList<>(waived);
    sorted.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
    return sorted;
  }
}
