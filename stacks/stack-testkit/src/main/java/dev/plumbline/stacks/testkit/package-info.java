/** Test-scope tools shared by the stack modules' tests. */
package dev.plumbline.stacks.testkit;
