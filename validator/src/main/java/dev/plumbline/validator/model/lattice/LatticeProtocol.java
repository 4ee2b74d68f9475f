package dev.plumbline.validator.model.lattice;

/** Listener protocols of VPC Lattice. A TLS passthrough listener ({@link #TLS_PASSTHROUGH}) allows only its default rule. */
public enum LatticeProtocol {
    HTTP, HTTPS, TLS_PASSTHROUGH
}
