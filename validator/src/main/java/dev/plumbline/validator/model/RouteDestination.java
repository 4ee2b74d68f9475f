package dev.plumbline.validator.model;

import dev.plumbline.validator.net.Prefix;

/** A route's destination: a CIDR, or a managed prefix list (gateway endpoints, customer lists). */
public sealed interface RouteDestination {

    record Cidr(Prefix prefix) implements RouteDestination {
        @Override
        public String render() {
            return prefix.toString();
        }
    }

    record PrefixListRef(String prefixListId) implements RouteDestination {
        @Override
        public String render() {
            return prefixListId;
        }
    }

    String render();
}
