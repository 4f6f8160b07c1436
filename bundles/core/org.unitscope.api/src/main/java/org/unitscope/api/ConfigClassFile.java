package org.unitscope.api;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reflection cannot tell of a configuration type, read from its class file: the order in which its methods are
 * declared (javac writes them in source order; {@link Class#getDeclaredMethods()} has none) and the Metatype
 * annotations, whose retention is {@code CLASS} (bnd reads them from the class file too, to write
 * {@code OSGI-INF/metatype}). Annotation values are kept as plain Java values: strings, boxed numbers, enum constant
 * names, {@link List}s for arrays and {@link ClassAnnotation}s for nested annotations.
 */
final class ConfigClassFile {
    static final String OCD = "Lorg/osgi/service/metatype/annotations/ObjectClassDefinition;";
    static final String AD = "Lorg/osgi/service/metatype/annotations/AttributeDefinition;";

    /** One annotation in the class file: its type descriptor and its explicitly given elements. */
    record ClassAnnotation(String type, Map<String, Object> values) {
        String text(String element) {
            Object v = values.get(element);
            return v == null ? "" : v.toString();
        }
    }

    private final List<String> methods = new ArrayList<>();
    private final Map<String, List<ClassAnnotation>> methodAnnotations = new LinkedHashMap<>();
    private List<ClassAnnotation> typeAnnotations = List.of();
    private Object[] pool;

    private ConfigClassFile() {
    }

    /** The methods in declaration order (no constructors or initialisers). */
    List<String> methods() {
        return methods;
    }

    /** The annotation of that type on the type itself, or null. */
    ClassAnnotation typeAnnotation(String type) {
        return find(typeAnnotations, type);
    }

    /** The annotation of that type on a method, or null. */
    ClassAnnotation methodAnnotation(String method, String type) {
        return find(methodAnnotations.getOrDefault(method, List.of()), type);
    }

    private static ClassAnnotation find(List<ClassAnnotation> annotations, String type) {
        return annotations.stream().filter(a -> a.type().equals(type)).findFirst().orElse(null);
    }

    static ConfigClassFile of(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("cannot read the class file of " + type.getName() + " (" + resource + ")");
            }
            ConfigClassFile file = new ConfigClassFile();
            file.parse(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
            return file;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the class file of " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private void parse(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        readPool(in);
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            readAttributes(in);
        }
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.readUnsignedShort();
            String name = (String) pool[in.readUnsignedShort()];
            in.readUnsignedShort();
            List<ClassAnnotation> annotations = readAttributes(in);
            if (!name.startsWith("<")) {
                methods.add(name);
                methodAnnotations.put(name, annotations);
            }
        }
        typeAnnotations = readAttributes(in);
    }

    private void readPool(DataInputStream in) throws IOException {
        pool = new Object[in.readUnsignedShort()];
        for (int i = 1; i < pool.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3 -> pool[i] = in.readInt();
                case 4 -> pool[i] = in.readFloat();
                case 5 -> pool[i++] = in.readLong();
                case 6 -> pool[i++] = in.readDouble();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }

    /** Skips every attribute but the annotations, which it returns (visible and invisible alike). */
    private List<ClassAnnotation> readAttributes(DataInputStream in) throws IOException {
        List<ClassAnnotation> annotations = new ArrayList<>();
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            String name = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if (name.equals("RuntimeInvisibleAnnotations") || name.equals("RuntimeVisibleAnnotations")) {
                int n = in.readUnsignedShort();
                for (int j = 0; j < n; j++) {
                    annotations.add(readAnnotation(in));
                }
            } else {
                in.skipNBytes(length);
            }
        }
        return annotations;
    }

    private ClassAnnotation readAnnotation(DataInputStream in) throws IOException {
        String type = (String) pool[in.readUnsignedShort()];
        Map<String, Object> values = new LinkedHashMap<>();
        int pairs = in.readUnsignedShort();
        for (int i = 0; i < pairs; i++) {
            String element = (String) pool[in.readUnsignedShort()];
            values.put(element, readValue(in));
        }
        return new ClassAnnotation(type, values);
    }

    private Object readValue(DataInputStream in) throws IOException {
        char tag = (char) in.readUnsignedByte();
        switch (tag) {
            case 'e':
                in.readUnsignedShort(); // the enum's type
                return pool[in.readUnsignedShort()];
            case '@':
                return readAnnotation(in);
            case '[': {
                List<Object> list = new ArrayList<>();
                int n = in.readUnsignedShort();
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            case 'Z':
                return ((Integer) pool[in.readUnsignedShort()]) != 0;
            default: // B C D F I J S s: a constant; c: a class descriptor
                return pool[in.readUnsignedShort()];
        }
    }
}
