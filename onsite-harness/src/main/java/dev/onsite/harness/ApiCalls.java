package dev.onsite.harness;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Perform the calls of one api test against the candidate's classes.
 *
 * <p>Method names arrive in snake_case and are called in camelCase. Arguments are converted from
 * JSON to the parameter types; results are converted back to JSON values.
 */
final class ApiCalls {

  private final ClassLoader loader;
  private final String mainClass;
  private final Map<String, Object> instances = new HashMap<>();
  private Object current;

  ApiCalls(ClassLoader loader, String mainClass) {
    this.loader = loader;
    this.mainClass = mainClass;
  }

  /** Raised when the candidate's code does not have the shape the test calls for. */
  static final class ApiMismatch extends Exception {
    private static final long serialVersionUID = 1L;

    ApiMismatch(String message) {
      super(message, null, false, false);
    }
  }

  Object perform(Map<String, Object> call) throws InvocationTargetException, ApiMismatch {
    List<Object> args = call.get("args") == null ? List.of() : Harness.asList(call.get("args"));
    if (call.containsKey("new")) {
      String className = (String) call.get("new");
      Class<?> type = load(className);
      Object instance = construct(type, args);
      current = instance;
      instances.put(call.containsKey("as") ? (String) call.get("as") : className, instance);
      return null;
    }
    if (call.containsKey("numgrad")) {
      throw new ApiMismatch("numerical gradients (numgrad) are checked in Python only");
    }
    String name = (String) call.get("call");
    Object target = current;
    if (call.containsKey("on")) {
      target = instances.get((String) call.get("on"));
      if (target == null) {
        throw new ApiMismatch("no instance named '" + call.get("on") + "' was constructed");
      }
    }
    Class<?> type = target != null ? target.getClass() : load(mainClass);
    return toJson(invoke(type, target, name, args));
  }

  private Class<?> load(String name) throws ApiMismatch {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new ApiMismatch("your code has no class named " + name);
    }
  }

  private Object construct(Class<?> type, List<Object> args)
      throws InvocationTargetException, ApiMismatch {
    for (Callable callable : CONSTRUCTORS.get(type)) {
      if (callable.parameters.length != args.size()) {
        continue;
      }
      Object[] converted = convertAll(callable, args);
      if (converted == null) {
        continue;
      }
      Constructor<?> ctor = (Constructor<?>) callable.executable;
      try {
        callable.makeAccessible();
        return ctor.newInstance(converted);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new ApiMismatch("cannot construct " + type.getSimpleName() + ": " + e.getMessage());
      }
    }
    throw new ApiMismatch(
        type.getSimpleName() + " has no constructor taking " + describeArgs(args));
  }

  private Object invoke(Class<?> type, Object target, String name, List<Object> args)
      throws InvocationTargetException, ApiMismatch {
    String camel = camelCase(name);
    boolean sawName = false;
    for (Callable callable : METHODS.get(type)) {
      if (!callable.name.equals(camel) && !callable.name.equals(name)) {
        continue;
      }
      sawName = true;
      if (callable.parameters.length != args.size() || (target == null && !callable.isStatic)) {
        continue;
      }
      Object[] converted = convertAll(callable, args);
      if (converted == null) {
        continue;
      }
      Method method = (Method) callable.executable;
      try {
        callable.makeAccessible();
        return method.invoke(callable.isStatic ? null : target, converted);
      } catch (IllegalAccessException e) {
        throw new ApiMismatch("cannot call " + camel + ": " + e.getMessage());
      }
    }
    String where = type.getSimpleName();
    if (!sawName) {
      throw new ApiMismatch(where + " has no method " + camel);
    }
    if (target == null) {
      throw new ApiMismatch(where + "." + camel + " must be static (no instance was constructed)");
    }
    throw new ApiMismatch(where + "." + camel + " does not take " + describeArgs(args));
  }

  /**
   * A constructor or method that a call may use, with what reflection would otherwise work out
   * again on every call: {@code getDeclaredMethods} copies each method, and each copy parses its
   * generic signature anew.
   */
  private static final class Callable {
    final Executable executable;
    final String name;
    final Type[] parameters;
    final boolean isStatic;
    private boolean accessible;

    Callable(Executable executable) {
      this.executable = executable;
      this.name = executable.getName();
      this.parameters = executable.getGenericParameterTypes();
      this.isStatic = Modifier.isStatic(executable.getModifiers());
    }

    void makeAccessible() {
      if (!accessible) {
        executable.setAccessible(true);
        accessible = true;
      }
    }
  }

  /**
   * The methods a call may use, per class and for as long as the class lives: a class defined
   * afresh for a test (Harness) has an entry of its own, and the harness's JVM serves one
   * submission only.
   */
  private static final ClassValue<List<Callable>> METHODS =
      new ClassValue<>() {
        @Override
        protected List<Callable> computeValue(Class<?> type) {
          List<Callable> callables = new ArrayList<>();
          for (Method method : candidates(type)) {
            callables.add(new Callable(method));
          }
          return List.copyOf(callables);
        }
      };

  /** The constructors a {@code new} may use (not private), per class. */
  private static final ClassValue<List<Callable>> CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected List<Callable> computeValue(Class<?> type) {
          List<Callable> callables = new ArrayList<>();
          for (Constructor<?> ctor : type.getDeclaredConstructors()) {
            if (!Modifier.isPrivate(ctor.getModifiers())) {
              callables.add(new Callable(ctor));
            }
          }
          return List.copyOf(callables);
        }
      };

  private static List<Method> candidates(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          methods.add(m);
        }
      }
    }
    // Default methods come after every class's own, so an override wins; getMethods() on an
    // interface includes what it inherits from its superinterfaces.
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        for (Method m : i.getMethods()) {
          if (m.isDefault()) {
            methods.add(m);
          }
        }
      }
    }
    return methods;
  }

  private static Object[] convertAll(Callable callable, List<Object> args) {
    Type[] types = callable.parameters;
    if (types.length != args.size()) {
      return null;
    }
    Object[] out = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      try {
        out[i] = convert(args.get(i), types[i]);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return out;
  }

  static String camelCase(String name) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' && sb.length() > 0) {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  private static String describeArgs(List<Object> args) {
    return args.size() + (args.size() == 1 ? " argument" : " arguments");
  }

  /** Convert a JSON value to {@code type}; throw IllegalArgumentException when it does not fit. */
  static Object convert(Object value, Type type) {
    if (value instanceof Map<?, ?> map && map.containsKey("$ndarray")) {
      value = map.get("$ndarray");
    }
    Class<?> raw = rawClass(type);
    if (value == null) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("null for a primitive");
      }
      return null;
    }
    if (raw == Object.class) {
      return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }
    if (value instanceof Number n) {
      return convertNumber(n, raw);
    }
    if (value instanceof Boolean b) {
      if (raw == boolean.class || raw == Boolean.class) {
        return b;
      }
      throw new IllegalArgumentException("boolean");
    }
    if (value instanceof String s) {
      if (raw == String.class || raw == CharSequence.class) {
        return s;
      }
      if ((raw == char.class || raw == Character.class) && s.length() == 1) {
        return s.charAt(0);
      }
      if (raw.isEnum()) {
        for (Object constant : raw.getEnumConstants()) {
          if (((Enum<?>) constant).name().equalsIgnoreCase(s)) {
            return constant;
          }
        }
      }
      throw new IllegalArgumentException("string");
    }
    if (value instanceof List<?> list) {
      if (raw.isArray() && raw.getComponentType().isPrimitive()) {
        Object array = primitiveArray(list, raw.getComponentType());
        if (array != null) {
          return array;
        }
      }
      if (raw.isArray()) {
        Type component =
            type instanceof GenericArrayType g
                ? g.getGenericComponentType()
                : raw.getComponentType();
        Object array = Array.newInstance(raw.getComponentType(), list.size());
        for (int i = 0; i < list.size(); i++) {
          Array.set(array, i, convert(list.get(i), component));
        }
        return array;
      }
      Type element = typeArgument(type, 0);
      Collection<Object> out;
      if (raw.isAssignableFrom(ArrayList.class)) {
        out = new ArrayList<>();
      } else if (raw.isAssignableFrom(LinkedHashSet.class)) {
        out = new LinkedHashSet<>();
      } else if (raw.isAssignableFrom(ArrayDeque.class)) {
        out = new ArrayDeque<>();
      } else {
        throw new IllegalArgumentException("list");
      }
      for (Object item : list) {
        out.add(convert(item, element));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      if (!raw.isAssignableFrom(LinkedHashMap.class)) {
        throw new IllegalArgumentException("object");
      }
      Type keyType = typeArgument(type, 0);
      Type valueType = typeArgument(type, 1);
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.put(convertKey((String) entry.getKey(), keyType), convert(entry.getValue(), valueType));
      }
      return out;
    }
    throw new IllegalArgumentException("unsupported");
  }

  private static Object convertKey(String key, Type type) {
    Class<?> raw = rawClass(type);
    if (raw == Integer.class) {
      return Integer.valueOf(key);
    }
    if (raw == Long.class) {
      return Long.valueOf(key);
    }
    return key;
  }

  /**
   * A list of numbers as an {@code int[]}, {@code long[]} or {@code double[]}, without boxing each
   * element through {@link #convert}: a test's large input arrays are the bulk of its arguments,
   * and converting them element by element, interpreted, cost a 280,000-number test about 35 ms.
   * Null for other component types, and at the first element that is not a plain number of the
   * kind: the general path then converts the list, or reports why it does not fit.
   */
  private static Object primitiveArray(List<?> list, Class<?> component) {
    int n = list.size();
    if (component == int.class) {
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        if (!(list.get(i) instanceof Long v) || v != (int) (long) v) {
          return null;
        }
        out[i] = (int) (long) v;
      }
      return out;
    }
    if (component == long.class) {
      long[] out = new long[n];
      for (int i = 0; i < n; i++) {
        if (!(list.get(i) instanceof Long v)) {
          return null;
        }
        out[i] = v;
      }
      return out;
    }
    if (component == double.class) {
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        if (!(list.get(i) instanceof Number v)) {
          return null;
        }
        out[i] = v.doubleValue();
      }
      return out;
    }
    return null;
  }

  private static Object convertNumber(Number n, Class<?> raw) {
    boolean integral = n instanceof Long;
    if (raw == int.class || raw == Integer.class) {
      if (!integral || n.longValue() != n.intValue()) {
        throw new IllegalArgumentException("int");
      }
      return n.intValue();
    }
    if (raw == long.class || raw == Long.class) {
      if (!integral) {
        throw new IllegalArgumentException("long");
      }
      return n.longValue();
    }
    if (raw == double.class || raw == Double.class || raw == Number.class) {
      return n.doubleValue();
    }
    if (raw == float.class || raw == Float.class) {
      return n.floatValue();
    }
    if (raw == short.class || raw == Short.class) {
      return n.shortValue();
    }
    if (raw == byte.class || raw == Byte.class) {
      return n.byteValue();
    }
    throw new IllegalArgumentException("number");
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType g) {
      return Array.newInstance(rawClass(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /** Convert a returned value to a JSON value. */
  static Object toJson(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Character c) {
      return String.valueOf(c);
    }
    if (value instanceof Double || value instanceof Float) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Number n) {
      if (n instanceof java.math.BigDecimal big) {
        return big.doubleValue();
      }
      if (n instanceof java.math.BigInteger big) {
        return big.bitLength() < 63 ? (Object) big.longValue() : (Object) big.doubleValue();
      }
      return n.longValue();
    }
    if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      List<Object> list = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        list.add(toJson(Array.get(value, i)));
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.put(String.valueOf(toJson(entry.getKey())), toJson(entry.getValue()));
      }
      return out;
    }
    if (value instanceof Iterable<?> iterable) {
      List<Object> list = new ArrayList<>();
      for (Object item : iterable) {
        list.add(toJson(item));
      }
      return list;
    }
    if (value instanceof Iterator<?> iterator) {
      List<Object> list = new ArrayList<>();
      iterator.forEachRemaining(item -> list.add(toJson(item)));
      return list;
    }
    if (value instanceof Optional<?> optional) {
      return toJson(optional.orElse(null));
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? (Object) (long) o.getAsInt() : null;
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent() ? (Object) o.getAsLong() : null;
    }
    if (value instanceof OptionalDouble o) {
      return o.isPresent() ? (Object) o.getAsDouble() : null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Record record) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          Method accessor = component.getAccessor();
          accessor.setAccessible(true);
          out.put(component.getName(), toJson(accessor.invoke(record)));
        } catch (ReflectiveOperationException e) {
          out.put(component.getName(), null);
        }
      }
      return out;
    }
    return value.toString();
  }
}
