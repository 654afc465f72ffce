-- The search benchmark's population: :students children, one State record each, names and birth
-- dates spread by a hash of the row number (the same lists as SearchQualityTests). The statement-level
-- triggers build the search keys in the same statement.
INSERT INTO consolidated_students (msix_id, created_at)
SELECT (300000000000 + g)::text, now() FROM generate_series(1, :students) g;
WITH f(names) AS (SELECT string_to_array('María José Juan Luis Carlos Jesús Guadalupe Francisco Guillermo Ana Rosa Jorge Miguel Pedro Lissete Yesenia Alejandro Daniel David Diego Fernando Gabriela Karla Laura Leticia Lucía Manuel Marco Martha Mayra Mónica Nancy Norma Óscar Pablo Patricia Raúl Ricardo Roberto Rocío Rubén Sandra Sergio Silvia Sofía Teresa Verónica Víctor Ximena Yolanda Adriana Alberto Alicia Andrea Ángel Antonio Arturo Beatriz Blanca Brenda Carmen César Claudia Cristina Edgar Eduardo Elena Enrique Érika Ernesto Esperanza Esteban Eva Felipe Gerardo Gloria Héctor Hugo Ignacio Irma Isabel Iván Javier Jaime Joaquín Josefina Julia Julio Leonardo Lorena Luz Marisol Mario Mateo Noemí Omar Ramón Lizbeth Yesica Giovanni Jacqueline Génesis Yahir Xiomara Valeria Camila Regina Renata Itzel', ' ')),
     l(names) AS (SELECT string_to_array(replace('García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero Álvarez Méndez Chávez Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez Muñoz Rojas Contreras Salazar Luna Ortega Santiago Guerrero Estrada Bautista Cortés Soto Alvarado Espinoza Lara Ávila Ríos Cervantes Silva Delgado Vega Márquez Sandoval Fernández León Carrillo Mejía Solís Núñez Rosas Valdez Ibarra Campos Maldonado Navarro Peña Cabrera Acosta Trujillo Fuentes Miranda Robles Cárdenas Serrano Zamora Escobar Villanueva Galván Molina Padilla Ayala Pacheco Ochoa Rubio Arellano Lozano Figueroa Marín Cisneros Tapia Zúñiga Trejo Montes Durán Sosa Palacios Valencia Barrera Benítez Beltrán Osorio Villarreal Mora Córdova Rangel Meza Pineda Calderón Ponce Velasco Orozco Salinas Huerta Quintero Andrade Zavala Carmona Esquivel Olvera Yáñez Quiñones Villaseñor Llamas Ybarra Xicoténcatl Bermúdez Gallegos Zepeda Del_Toro De_la_Cruz De_León San_Juan De_la_Rosa Del_Río', '_', '~'), ' ')),
     h AS (SELECT s.id, abs(hashtext('child' || s.id)) AS a, abs(hashtext('surname' || s.id)) AS b,
                  abs(hashtext('second' || s.id)) AS c, abs(hashtext('born' || s.id)) AS d FROM consolidated_students s)
INSERT INTO state_student_records (consolidated_student_id, state_code, state_student_id, state_student_id_type,
    first_name, last_name1, last_name2, sex, birth_date, parent1first_name, parent1last_name, created_at, last_submitted_at)
SELECT h.id, (ARRAY['TX','CA','FL','WA','OR','NC'])[1 + h.a % 6], 'B' || h.id, '01',
       f.names[1 + h.a % cardinality(f.names)], replace(l.names[1 + h.b % cardinality(l.names)], '~', ' '),
       CASE WHEN h.c % 5 = 0 THEN NULL ELSE replace(l.names[1 + h.c % cardinality(l.names)], '~', ' ') END,
       CASE WHEN h.a % 2 = 0 THEN 'Female' ELSE 'Male' END,
       date '2005-01-01' + (h.d % 6570)::int,
       f.names[1 + h.d % cardinality(f.names)], replace(l.names[1 + h.b % cardinality(l.names)], '~', ' '),
       now(), now()
FROM h, f, l;
INSERT INTO enrollments (state_student_record_id, sequence, submitted_at, enrollment_date, enrollment_type, school_or_project_name)
SELECT r.id, 1, now(), r.birth_date + 2200, '01', 'School ' || (r.id % 5000) FROM state_student_records r;
VACUUM ANALYZE;
