/**
 * The HTML report: {@link dev.plumbline.validator.report.html.HtmlReport} writes one
 * self-contained page; {@link dev.plumbline.validator.report.html.NetworkLayout} places the
 * network on a deterministic grid so each intent's path can be drawn over it.
 */
package dev.plumbline.validator.report.html;
